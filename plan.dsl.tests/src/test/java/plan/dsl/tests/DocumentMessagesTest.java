package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

import plan.dsl.facts.SmartQuality;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.PlanPackage;

/**
 * The document's labels exist in both languages, including one for every value of each enumeration the
 * document prints, so a value added to the grammar cannot reach a document as a missing-message failure.
 */
class DocumentMessagesTest {

	private static final List<EEnum> PRINTED_ENUMS = List.of(PlanPackage.Literals.PLAN_KIND,
			PlanPackage.Literals.PLAN_STATUS, PlanPackage.Literals.BACKGROUND_KIND, PlanPackage.Literals.GOAL_LEVEL,
			PlanPackage.Literals.ROLE, PlanPackage.Literals.METHOD_KIND, PlanPackage.Literals.CYCLE,
			PlanPackage.Literals.CADENCE, PlanPackage.Literals.DECISION, PlanPackage.Literals.COMPARISON);

	@Test
	void everyPrintedEnumerationValueHasALabelInBothLanguages() {
		for (DocLanguage language : DocLanguage.values()) {
			PlanMessages messages = PlanMessages.of(language);
			for (EEnum type : PRINTED_ENUMS) {
				String prefix = "doc." + Character.toLowerCase(type.getName().charAt(0)) + type.getName().substring(1);
				for (EEnumLiteral literal : type.getELiterals()) {
					assertTrue(messages.has(prefix + "." + literal.getName()), language + ": " + prefix + "." + literal.getName());
				}
			}
			for (SmartQuality quality : SmartQuality.values()) {
				assertTrue(messages.has("doc.smart." + quality.name()), language + ": " + quality);
			}
			for (String kind : List.of("activity", "annual", "project")) {
				assertTrue(messages.has("doc.section.program." + kind));
			}
		}
	}

	@Test
	void bothLanguagesHaveTheSameDocumentKeysApartFromOptionalTranslations() throws IOException {
		Set<String> zh = documentKeys("zh");
		Set<String> en = documentKeys("en");
		// Chinese documents translate common project types and unit words; English ones print them as written
		zh.removeIf(key -> key.startsWith("doc.type.") || key.startsWith("doc.unit."));
		assertEquals(zh, en);
	}

	private static Set<String> documentKeys(String language) throws IOException {
		Properties properties = new Properties();
		String resource = "/plan/dsl/messages/messages_" + language + ".properties";
		try (InputStream in = PlanMessages.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Set<String> keys = new TreeSet<>();
		properties.stringPropertyNames().stream().filter(key -> key.startsWith("doc.")).forEach(keys::add);
		return keys;
	}
}
