package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import plan.dsl.generator.view.TaskState;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.BackgroundKind;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.PlanKind;
import plan.dsl.plan.PlanStatus;

/** The labels of the dashboard, brief and mind map exist in both languages for every value they name. */
class DashboardMessagesTest {

	private static final List<String> PREFIXES = List.of("dashboard.", "brief.", "mindmap.");

	private static Set<String> keys(String language) throws Exception {
		Properties bundle = new Properties();
		try (InputStream in = DashboardMessagesTest.class.getResourceAsStream("/plan/dsl/messages/messages_" + language + ".properties")) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Set<String> keys = new TreeSet<>();
		for (String key : bundle.stringPropertyNames()) {
			if (PREFIXES.stream().anyMatch(key::startsWith)) {
				keys.add(key);
				// without arguments a message is shown as written, with them '' becomes ': allow neither quote
				assertFalse(bundle.getProperty(key).contains("'"), language + " " + key);
			}
		}
		return keys;
	}

	@Test
	void bothLanguagesHaveTheSameLabels() throws Exception {
		Set<String> zh = keys("zh");
		assertTrue(zh.size() > 80, "labels loaded: " + zh.size());
		assertEquals(zh, keys("en"));
	}

	@Test
	void everyEnumerationValueShownHasALabel() {
		for (DocLanguage language : DocLanguage.VALUES) {
			PlanMessages messages = PlanMessages.of(language);
			for (TaskState state : TaskState.values()) {
				assertTrue(messages.has(state.key()), state.key());
			}
			PlanKind.VALUES.forEach(k -> assertTrue(messages.has("dashboard.kind." + k.getName()), k.getName()));
			PlanStatus.VALUES.forEach(s -> assertTrue(messages.has("dashboard.status." + s.getName()), s.getName()));
			BackgroundKind.VALUES.forEach(k -> assertTrue(messages.has("mindmap.kind." + k.getName()), k.getName()));
			for (String severity : List.of("error", "warning", "info")) {
				assertTrue(messages.has("dashboard.severity." + severity), severity);
			}
		}
	}
}
