package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.parser.PlanSyntaxErrorMessageProvider;
import plan.dsl.plan.Plan;

/**
 * {@link PlanSyntaxErrorMessageProvider} on values that do not convert: every syntax error says what to write, once,
 * in the author's terms, never the parser's internals ("ValueConverter returned null …", "For input string …").
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class SyntaxErrorMessagesTest {

	private static final String PLAN = """
			plan T "t" {
			    kind project
			    research {
			        method survey "s" SAMPLE
			        method interview "i" sample 2
			    }
			    approval { round 1 on 2026-01-05 by "Board" decision approved }
			}
			""";

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private Injector injector;

	@TempDir
	Path dir;

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', value = {
			// a whole number cut off at the end of the line: found by fuzzing in CI
			"sample            | 4:33 a whole number is missing here; write one, such as 40",
			"样本               | 4:29 a whole number is missing here; write one, such as 40",
			// a wrong token where the number goes: the parser's one message, not a second one about a missing value
			"sample x          | 4:34 mismatched input 'x' expecting a number",
			"sample \"forty\"  | 4:34 mismatched input '\"forty\"' expecting a number",
			"sample 2026-01-01 | 4:34 mismatched input '2026-01-01' expecting a number",
			// numbers that are not whole, or too large for one: the converter's words, not Java's
			"sample 6.5        | 4:34 '6.5' is not a whole number",
			"sample 99999999999 | 4:34 '99999999999' is not a whole number" })
	void aSampleSizeThatIsNotAWholeNumberGetsOneMessageSayingWhatToWrite(String sample, String expected) throws Exception {
		assertEquals(List.of(expected), syntaxErrors(PLAN.replace("SAMPLE", sample.strip())));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', value = {
			"round on    | 7:21 a whole number is missing here; write one, such as 40",
			"round 1.5 on | 7:22 '1.5' is not a whole number" })
	void anApprovalRoundThatIsNotAWholeNumberGetsOneMessageSayingWhatToWrite(String round, String expected)
			throws Exception {
		String plan = PLAN.replace("SAMPLE", "sample 40").replace("round 1 on", round.strip());
		assertEquals(List.of(expected), syntaxErrors(plan));
	}

	/** Xtext's own message for a bad escape keeps its range, so the error points at the escape itself. */
	@Test
	void aBadEscapeInAQuotedTextIsShownAtTheEscape() throws Exception {
		byte[] plan = "plan P \"a\\qb\" {\n    kind project\n}\n".getBytes(StandardCharsets.UTF_8);
		List<String> errors = FuzzedPlan.load(injector, dir.resolve("escape.plan"), plan).diagnostics().stream()
				.filter(d -> d.code().equals("syntax.error"))
				.map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
		assertEquals(List.of("1:10 Invalid escape sequence (valid ones are  \\b  \\t  \\n  \\f  \\r  \\\"  \\'  \\\\ )"),
				errors);
	}

	private List<String> syntaxErrors(String text) throws Exception {
		Plan plan = parser.parse(text);
		Iterable<INode> errors = ((XtextResource) plan.eResource()).getParseResult().getSyntaxErrors();
		return StreamSupport.stream(errors.spliterator(), false)
				.map(node -> node.getStartLine() + ":" + column(text, node) + " " + node.getSyntaxErrorMessage().getMessage())
				.toList();
	}

	/** The 1-based column of the error's first character, where the command line and editors show it. */
	private static int column(String text, INode node) {
		int offset = node.getOffset();
		return offset - text.lastIndexOf('\n', offset - 1);
	}
}
