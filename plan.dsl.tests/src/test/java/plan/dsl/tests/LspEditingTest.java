package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits the real server proposes: formatting of a whole document and of a range, and quick fixes as code
 * actions — applied to the text, sent back as a change, after which the diagnostic is gone.
 */
class LspEditingTest {

	@TempDir
	static Path workspace;

	private static LspServerProcess lsp;

	@BeforeAll
	static void start() throws IOException {
		lsp = LspServerProcess.start(workspace);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		lsp.close();
	}

	@Test
	void formattingLaysOutTheWholeDocumentCanonically() {
		String messy = "plan M \"Messy\" {\n  kind project\n        language en\n"
				+ "  goal G1 \"g\" { specific \"Recruit two volunteers per branch library\"   due 2026-05-31 }\n"
				+ "    project P1 \"p\" {supports G1}\n}\n";
		String uri = open("messy.plan", messy);
		List<? extends TextEdit> edits = lsp.get(lsp.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true))));
		assertEquals("""
				plan M "Messy" {
				    kind project
				    language en

				    goal G1 "g" {
				        specific "Recruit two volunteers per branch library"
				        due 2026-05-31
				    }

				    project P1 "p" {
				        supports G1
				    }
				}
				""", LspTextEdits.apply(messy, edits));
	}

	@Test
	void rangeFormattingTouchesOnlyTheRange() {
		String text = "plan R \"t\" {\n  kind project\n    project P1 \"p\" {supports G1}\n}\n";
		String uri = open("range.plan", text);
		Range projectLine = new Range(new Position(2, 0), new Position(2, 32));
		List<? extends TextEdit> edits = lsp.get(lsp.server().getTextDocumentService().rangeFormatting(
				new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true), projectLine)));
		String formatted = LspTextEdits.apply(text, edits);
		assertTrue(formatted.startsWith("plan R \"t\" {\n  kind project\n"), "outside the range unchanged: " + formatted);
		assertTrue(formatted.contains("project P1 \"p\" {\n        supports G1\n    }"), formatted);
	}

	@Test
	void aQuickFixRemovesTheDiagnosticItIsFor() {
		String text = "plan Q \"Fair\" {\n    kind project\n    language en\n    period from 2026-03-01 to 2026-06-30\n"
				+ "    goal G1 \"Recruit\" {\n        specific \"Recruit two volunteers per branch library\"\n    }\n}\n";
		String uri = open("fix.plan", text);
		Diagnostic timeBound = lsp.awaitDiagnostics(uri, LspEditingTest::hasTimeBound).stream()
				.filter(LspEditingTest::isTimeBound).findFirst().orElseThrow();

		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = lsp.get(lsp.server().getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), timeBound.getRange(),
						new CodeActionContext(List.of(timeBound)))));
		CodeAction fix = actions.stream().map(Either::getRight)
				.filter(a -> a.getTitle().equals("Add due date 2026-06-30 (the last day of the plan period)")).findFirst()
				.orElseThrow(() -> new AssertionError("no due-date fix among " + actions));
		String fixed = LspTextEdits.apply(text, fix.getEdit().getChanges().get(uri));
		assertTrue(fixed.contains("due 2026-06-30"), fixed);

		lsp.change(uri, 2, fixed);
		List<Diagnostic> after = lsp.awaitDiagnostics(uri, d -> !hasTimeBound(d));
		assertTrue(after.stream().noneMatch(LspEditingTest::isTimeBound), after::toString);
	}

	private static String open(String name, String text) {
		String uri = workspace.resolve(name).toUri().toString();
		lsp.open(uri, text);
		return uri;
	}

	private static boolean hasTimeBound(List<Diagnostic> diagnostics) {
		return diagnostics.stream().anyMatch(LspEditingTest::isTimeBound);
	}

	private static boolean isTimeBound(Diagnostic diagnostic) {
		return LspDiagnostics.code(diagnostic).equals("smart.time-bound");
	}
}
