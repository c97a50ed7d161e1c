package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that sends more than an editor would: a 20 MB plan, and hundreds of edits without waiting for an
 * answer. The server answers, stays alive, and its diagnostics match the final text.
 */
class LspHeavyClientTest {

	private static final String PLAN = "plan A \"a\" {\n    kind project\n    language en\n    goal G1 \"g\" {\n        owner Nobody\n    }\n}\n";

	@TempDir
	Path workspace;

	@Test
	void aTwentyMegabytePlanIsDiagnosedAndAnswered() throws Exception {
		StringBuilder text = new StringBuilder("plan A \"a\" {\n    kind project\n    language en\n");
		String filler = "    // " + "x".repeat(92) + "\n";
		while (text.length() < 20 * 1024 * 1024) {
			text.append(filler);
		}
		int goalLine = (int) text.chars().filter(c -> c == '\n').count();
		text.append("    goal G1 \"g\" {\n        owner Nobody\n    }\n}\n");
		Path file = Files.writeString(workspace.resolve("big.plan"), text, StandardCharsets.UTF_8);
		try (LspServerProcess lsp = LspServerProcess.start(workspace)) {
			String uri = lsp.open(file);
			List<Diagnostic> diagnostics = lsp.awaitDiagnostics(uri, d -> d.stream().anyMatch(LspHeavyClientTest::unresolved));
			Diagnostic unresolved = diagnostics.stream().filter(LspHeavyClientTest::unresolved).findFirst().orElseThrow();
			assertEquals(new Range(new Position(goalLine + 1, 14), new Position(goalLine + 1, 20)), unresolved.getRange());

			List<CompletionItem> items = completion(lsp, uri, goalLine + 1, 8);
			assertTrue(items.stream().anyMatch(item -> item.getLabel().equals("owner")), items::toString);

			// an edit at the end of the 20 MB text: the diagnostic goes
			lsp.change(uri, 2, new Range(new Position(goalLine + 1, 0), new Position(goalLine + 2, 0)), "");
			lsp.awaitDiagnostics(uri, d -> d.stream().noneMatch(LspHeavyClientTest::unresolved));
			assertTrue(lsp.isAlive());
		}
	}

	/**
	 * 400 keystrokes at random places (seeded): characters, braces, quotes, line breaks and deletions, sent
	 * without waiting, completion asked now and then. The diagnostics after the pause equal those a second
	 * server gives the final text opened fresh.
	 */
	@Test
	void hundredsOfRapidEditsEndWithTheDiagnosticsOfTheFinalText() throws Exception {
		Path file = Files.writeString(workspace.resolve("a.plan"), PLAN, StandardCharsets.UTF_8);
		StringBuilder text = new StringBuilder(PLAN);
		Random random = new Random(5);
		String pieces = "abcowner {}\"\n G1";
		try (LspServerProcess lsp = LspServerProcess.start(workspace)) {
			String uri = lsp.open(file);
			lsp.awaitDiagnostics(uri, d -> true);
			for (int version = 2; version < 402; version++) {
				int offset = random.nextInt(text.length() + 1);
				Position at = position(text, offset);
				if (random.nextInt(4) == 0 && offset < text.length()) {
					int end = Math.min(text.length(), offset + 1 + random.nextInt(3));
					lsp.change(uri, version, new Range(at, position(text, end)), "");
					text.delete(offset, end);
				} else {
					String piece = String.valueOf(pieces.charAt(random.nextInt(pieces.length())));
					lsp.change(uri, version, new Range(at, at), piece);
					text.insert(offset, piece);
				}
				if (version % 50 == 0) {
					completion(lsp, uri, at.getLine(), at.getCharacter());
				}
			}
			String last = text.toString();
			List<Diagnostic> expected = diagnosticsOfAFreshServer(last);
			Predicate<List<Diagnostic>> same = d -> LspDiagnostics.describe(d).equals(LspDiagnostics.describe(expected));
			List<Diagnostic> actual = lsp.awaitDiagnostics(uri, same);
			assertEquals(LspDiagnostics.describe(expected), LspDiagnostics.describe(actual));
			assertTrue(lsp.isAlive());
		}
	}

	private List<Diagnostic> diagnosticsOfAFreshServer(String text) throws IOException, InterruptedException {
		Path other = Files.createDirectory(workspace.resolve("fresh"));
		Path file = Files.writeString(other.resolve("a.plan"), text, StandardCharsets.UTF_8);
		try (LspServerProcess lsp = LspServerProcess.start(other)) {
			return lsp.awaitDiagnostics(lsp.open(file), d -> true);
		}
	}

	private static List<CompletionItem> completion(LspServerProcess lsp, String uri, int line, int character) {
		return lsp.get(lsp.server().getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character))))
				.getRight().getItems();
	}

	private static Position position(CharSequence text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	private static boolean unresolved(Diagnostic diagnostic) {
		return LspDiagnostics.code(diagnostic).equals("reference.unresolved");
	}
}
