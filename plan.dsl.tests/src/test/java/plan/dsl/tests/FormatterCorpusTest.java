package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.formatting2.PlanFormatting;
import plan.dsl.plan.Plan;
import plan.dsl.services.PlanGrammarAccess;

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
	private ParseHelper<Plan> parser;

	@Inject
	private PlanGrammarAccess grammar;

	@TestFactory
	Stream<DynamicTest> formattingAFormattedFileChangesNothing() {
		return eachFile((name, text) -> {
			String once = formatting.format(text);
			assertEquals(once, formatting.format(once), name);
		});
	}

	@TestFactory
	Stream<DynamicTest> formattedFileParsesToTheSameModel() {
		return eachFile((name, text) -> assertEquals(dump(text), dump(formatting.format(text)), name));
	}

	@TestFactory
	Stream<DynamicTest> everyCommentIsKeptWithItsText() {
		return eachFile((name, text) -> assertEquals(comments(text), comments(formatting.format(text)), name));
	}

	@TestFactory
	Stream<DynamicTest> onlyWhitespaceChangesSoKeywordsKeepTheirLanguage() {
		return eachFile((name, text) -> assertEquals(tokens(text), tokens(formatting.format(text)), name));
	}

	@TestFactory
	Stream<DynamicTest> everythingOnOneLineFormatsToTheSameModelAndComments() {
		return eachFile((name, text) -> checkVariant(name, text, relaid(text, " ")));
	}

	@TestFactory
	Stream<DynamicTest> blankLinesAndOddSpacesEverywhereFormatToTheSameModelAndComments() {
		return eachFile((name, text) -> checkVariant(name, text, relaid(text, "\n\n\t \u3000\n ")));
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
		assertEquals(dump(original), dump(formatted), name + ": same model");
		assertEquals(comments(original), comments(formatted), name + ": same comments");
		assertEquals(tokens(original), tokens(formatted), name + ": same tokens");
	}

	private Stream<DynamicTest> eachFile(ThrowingCheck check) {
		List<Path> files = FormatterCorpus.planFiles();
		Assumptions.assumeFalse(files.isEmpty(), "no corpus on this machine");
		return files.stream().map(file -> dynamicTest(FormatterCorpus.nameOf(file),
				() -> check.accept(FormatterCorpus.nameOf(file), FormatterCorpus.read(file))));
	}

	private String dump(String text) throws Exception {
		Plan plan = parser.parse(text);
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> "syntax errors: " + plan.eResource().getErrors());
		EcoreUtil.resolveAll(plan.eResource());
		return FormatterModelDump.of(plan);
	}

	/** The text with every whitespace token replaced: the same tokens and comments in a different layout. */
	private String relaid(String text, String whitespace) throws Exception {
		StringBuilder out = new StringBuilder();
		for (ILeafNode leaf : leaves(text)) {
			out.append(leaf.getGrammarElement() == grammar.getWSRule() ? whitespace : leaf.getText());
		}
		return out.toString();
	}

	/** Comment texts in order, without the line break that ends a {@code //} comment. */
	private List<String> comments(String text) throws Exception {
		return leaves(text).stream()
				.filter(leaf -> leaf.getGrammarElement() == grammar.getSL_COMMENTRule()
						|| leaf.getGrammarElement() == grammar.getML_COMMENTRule())
				.map(leaf -> leaf.getText().stripTrailing()).toList();
	}

	private List<String> tokens(String text) throws Exception {
		return leaves(text).stream().filter(leaf -> !leaf.isHidden()).map(ILeafNode::getText).toList();
	}

	private List<ILeafNode> leaves(String text) throws Exception {
		XtextResource resource = (XtextResource) parser.parse(text).eResource();
		List<ILeafNode> leaves = new ArrayList<>();
		resource.getParseResult().getRootNode().getLeafNodes().forEach(leaves::add);
		return leaves;
	}

	@FunctionalInterface
	private interface ThrowingCheck {
		void accept(String name, String text) throws Exception;
	}
}
