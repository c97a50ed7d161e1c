package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the real server keeps editing responsive (see {@code DeferredValidation}): reads see a change before it
 * is validated, a burst of edits is validated once it pauses and ends correct, the changed file's diagnostics
 * come before those of the files that refer to it, and files of the workspace nobody opened are validated in
 * the background.
 */
class LspEditLatencyTest {

	private static final String PLAN_A = "plan A \"a\" {\n    kind project\n    goal G1 \"g\" {\n    }\n}\n";
	private static final String PLAN_B = "plan B \"b\" {\n    kind project\n    project P \"p\" {\n        supports A.G1\n    }\n}\n";

	@TempDir
	Path workspace;

	private LspServerProcess lsp;
	private String a;
	private String b;

	@BeforeEach
	void start() throws IOException {
		Path fileA = Files.writeString(workspace.resolve("a.plan"), PLAN_A, StandardCharsets.UTF_8);
		Files.writeString(workspace.resolve("b.plan"), PLAN_B, StandardCharsets.UTF_8);
		lsp = LspServerProcess.start(workspace);
		a = lsp.open(fileA);
		b = workspace.resolve("b.plan").toUri().toString();
	}

	@AfterEach
	void stop() throws InterruptedException {
		lsp.close();
	}

	@Test
	void filesNobodyOpenedAreValidatedInTheBackground() {
		lsp.awaitDiagnostics(b, d -> d.stream().anyMatch(x -> LspDiagnostics.code(x).equals("completeness.missing-section")));
	}

	@Test
	void theChangedFileIsValidatedBeforeTheFilesThatReferToIt() {
		lsp.awaitDiagnostics(b, d -> d.stream().noneMatch(LspEditLatencyTest::unresolved));
		int mark = lsp.mark();
		lsp.change(a, 2, PLAN_A.replace("G1", "G2"));
		lsp.awaitDiagnostics(b, d -> d.stream().anyMatch(LspEditLatencyTest::unresolved));
		List<String> order = lsp.publishedSince(mark);
		assertEquals(a, order.get(0), order::toString);
		assertTrue(order.indexOf(b) > 0, order::toString);
	}

	@Test
	void readsSeeAChangeAtOnce() {
		lsp.change(a, 2, PLAN_A.replace("    goal G1", "    team {\n        person Ada \"Chair\" role leader\n    }\n    goal G1")
				.replace("\"g\" {\n", "\"g\" {\n        owner \n"));
		List<CompletionItem> items = lsp.get(lsp.server().getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(a), new org.eclipse.lsp4j.Position(6, 14))))
				.getRight().getItems();
		Map<String, CompletionItem> byLabel = items.stream()
				.collect(Collectors.toMap(CompletionItem::getLabel, Function.identity(), (x, y) -> x));
		assertEquals("Chair", byLabel.get("Ada").getDetail(), byLabel::toString);
	}

	@Test
	void aBurstOfEditsIsValidatedOnceItPausesAndEndsCorrect() {
		lsp.awaitDiagnostics(a, d -> true);
		int mark = lsp.mark();
		StringBuilder title = new StringBuilder();
		for (int version = 2; version < 202; version++) {
			title.append('x');
			lsp.change(a, version, PLAN_A.replace("\"g\"", "\"" + title + "\""));
		}
		lsp.change(a, 202, PLAN_A.replace("goal G1 \"g\" {", "goal G1 \"g\" {\n        owner Nobody"));
		List<Diagnostic> last = lsp.awaitDiagnostics(a, d -> d.stream().anyMatch(LspEditLatencyTest::unresolved));
		assertEquals(1, last.stream().filter(LspEditLatencyTest::unresolved).count(), last::toString);
		long publications = lsp.publishedSince(mark).stream().filter(a::equals).count();
		assertTrue(publications <= 10, publications + " validations for a burst of 201 edits");
		assertTrue(lsp.isAlive());
	}

	private static boolean unresolved(Diagnostic diagnostic) {
		return LspDiagnostics.code(diagnostic).equals("reference.unresolved");
	}
}
