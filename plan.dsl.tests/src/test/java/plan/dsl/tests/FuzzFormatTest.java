package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Inject;

import plan.dsl.formatting2.PlanFormatting;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanSourceReader;

/**
 * Fuzz target: any text {@code plan format} would read. Text with syntax errors is returned unchanged; any other is
 * formatted to a text that formats to itself (idempotent), parses to the same model, and keeps every comment and
 * every token (only whitespace changes). Seeds: {@code FuzzFormatTestInputs/format/} (the corpus and every finding).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class FuzzFormatTest {

	@Inject
	private PlanFormatting formatting;

	@Inject
	private FormatterInvariants invariants;

	@TempDir
	Path dir;

	@FuzzTest(maxDuration = FuzzDurations.CI)
	void format(byte[] input) throws Exception {
		String text;
		try {
			text = PlanSourceReader.read(Files.write(dir.resolve(FuzzedPlan.SHOWN_AS), input), FuzzedPlan.SHOWN_AS);
		} catch (PlanInputException e) {
			return; // not UTF-8 text: plan format refuses it before formatting (FuzzParseValidateTest checks the message)
		}
		String formatted = formatting.format(text);
		if (!invariants.parsesCleanly(text)) {
			assertEquals(text, formatted, "a text with syntax errors is left as it is");
			return;
		}
		assertEquals(formatted, formatting.format(formatted), "idempotent");
		assertEquals(invariants.comments(text), invariants.comments(formatted), "every comment kept");
		assertEquals(invariants.tokens(text), invariants.tokens(formatted), "only whitespace changes");
		assertEquals(invariants.model(text), invariants.model(formatted), "the same model");
	}
}
