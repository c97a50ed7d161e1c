package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The messages of this area exist in both languages and are safe to format. */
class SmartMessagesTest {

	private static final List<String> PREFIXES = List.of("completeness.", "annual.", "smart.", "name.", "setting.",
			"reference.");

	/** Inserted into other messages as they are, so MessageFormat syntax must not appear in them. */
	private static final List<String> RAW_PREFIXES = List.of("completeness.item.", "completeness.hint.",
			"completeness.project-part.", "name.kind.");

	private static Properties bundle(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = SmartMessagesTest.class
				.getResourceAsStream("/plan/dsl/messages/messages_" + language + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> ownKeys(Properties bundle) {
		Set<String> keys = new TreeSet<>();
		for (String key : bundle.stringPropertyNames()) {
			if (PREFIXES.stream().anyMatch(key::startsWith)) {
				keys.add(key);
			}
		}
		return keys;
	}

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> zh = ownKeys(bundle("zh"));
		assertTrue(zh.size() > 60, "the area's messages are loaded: " + zh.size());
		assertEquals(zh, ownKeys(bundle("en")));
	}

	@Test
	void rawLabelsAndHintsHoldNoFormatSyntax() throws IOException {
		for (String language : List.of("zh", "en")) {
			Properties bundle = bundle(language);
			for (String key : ownKeys(bundle)) {
				String text = bundle.getProperty(key);
				assertFalse(text.isBlank(), key);
				if (RAW_PREFIXES.stream().anyMatch(key::startsWith)) {
					assertFalse(text.contains("'") || text.contains("{") || text.contains("}"), language + " " + key);
				} else {
					// formatted messages: any ' would be eaten by MessageFormat unless doubled
					assertFalse(text.replace("''", "").contains("'"), language + " " + key);
				}
			}
		}
	}
}
