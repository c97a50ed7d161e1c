package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.formatting2.PlanFormatting;

/**
 * The formatter over the whole corpus (shared examples including {@code invalid/}, and {@code examples/}), as
 * written and in two badly laid-out variants: formatting is idempotent, changes whitespace only (tokens, so the
 * keyword language, and comments are the same), and the formatted file parses to the same model.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class FormatterCorpusTest {

	@Inject
	private PlanFormatting formatting;

	@Inject
	private FormatterInvariants invariants;

	@TestFactory
	Stream<DynamicTest> formattingAFormattedFileChangesNothing() {
		return eachFile((name, text) -> {
			String once = formatting.format(text);
			assertEquals(once, formatting.format(once), name);
		});
	}

	@TestFactory
	Stream<DynamicTest> formattedFileParsesToTheSameModel() {
		return eachFile((name, text) -> assertEquals(invariants.model(text), invariants.model(formatting.format(text)), name));
	}

	@TestFactory
	Stream<DynamicTest> everyCommentIsKeptWithItsText() {
		return eachFile((name, text) -> assertEquals(invariants.comments(text), invariants.comments(formatting.format(text)), name));
	}

	@TestFactory
	Stream<DynamicTest> onlyWhitespaceChangesSoKeywordsKeepTheirLanguage() {
		return eachFile((name, text) -> assertEquals(invariants.tokens(text), invariants.tokens(formatting.format(text)), name));
	}

	@TestFactory
	Stream<DynamicTest> everythingOnOneLineFormatsToTheSameModelAndComments() {
		return eachFile((name, text) -> checkVariant(name, text, invariants.relaid(text, " ")));
	}

	@TestFactory
	Stream<DynamicTest> blankLinesAndOddSpacesEverywhereFormatToTheSameModelAndComments() {
		return eachFile((name, text) -> checkVariant(name, text, invariants.relaid(text, "\n\n\t \u3000\n ")));
	}

	@TestFactory
	Stream<DynamicTest> completeSharedExamplesAreAlreadyCanonical() {
		List<Path> files = FormatterCorpus.completeSharedExamples();
		Assumptions.assumeFalse(files.isEmpty(), "no shared corpus on this machine");
		return files.stream().map(file -> dynamicTest(FormatterCorpus.nameOf(file), () -> {
			String text = FormatterCorpus.read(file);
			assertEquals(text, formatting.format(text));
		}));
	}

	private void checkVariant(String name, String original, String variant) throws Exception {
		assertNotEquals(original, variant, name + ": the variant differs from the file");
		String formatted = formatting.format(variant);
		assertEquals(formatted, formatting.format(formatted), name + ": idempotent");
		assertEquals(invariants.model(original), invariants.model(formatted), name + ": same model");
		assertEquals(invariants.comments(original), invariants.comments(formatted), name + ": same comments");
		assertEquals(invariants.tokens(original), invariants.tokens(formatted), name + ": same tokens");
	}

	private Stream<DynamicTest> eachFile(ThrowingCheck check) {
		List<Path> files = FormatterCorpus.planFiles();
		Assumptions.assumeFalse(files.isEmpty(), "no corpus on this machine");
		return files.stream().map(file -> dynamicTest(FormatterCorpus.nameOf(file),
				() -> check.accept(FormatterCorpus.nameOf(file), FormatterCorpus.read(file))));
	}

	@FunctionalInterface
	private interface ThrowingCheck {
		void accept(String name, String text) throws Exception;
	}
}
