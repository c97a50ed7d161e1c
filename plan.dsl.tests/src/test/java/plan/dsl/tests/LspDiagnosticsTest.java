package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnostics as an editor receives them from the real server: every file of the shared acceptance corpus,
 * opened from where it lies (outside the client's workspace folder, as a single file is opened), produces the
 * diagnostics its {@code // expect:} comments name, with their stable codes; files that declare none get none.
 */
class LspDiagnosticsTest {

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

	static Stream<Path> corpus() throws IOException {
		Path shared = CorpusFiles.sharedExamples();
		assumeTrue(Files.isDirectory(shared), "shared corpus absent: " + shared);
		try (Stream<Path> walk = Files.walk(shared)) {
			return walk.filter(p -> p.toString().endsWith(".plan")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void corpusFileGetsTheDiagnosticsItsCommentsName(Path file) throws IOException {
		ExpectedDiagnostics expected = ExpectedDiagnostics.parse(Files.readString(file, StandardCharsets.UTF_8));
		String uri = lsp.open(file);
		List<Diagnostic> published = lsp.awaitDiagnostics(uri,
				diagnostics -> expected.unmatched(LspDiagnostics.toCorpus(diagnostics)).isEmpty());
		List<ExpectedDiagnostics.Diagnostic> reported = LspDiagnostics.toCorpus(published);
		if (expected.declaresNone()) {
			assertEquals(List.of(), reported, file + " declares no diagnostics");
		}
		assertTrue(published.stream().allMatch(d -> "plan".equals(d.getSource())), "every diagnostic names its source");
	}

	@Test
	void syntaxErrorsCarryTheStableCode() {
		String uri = workspace.resolve("syntax.plan").toUri().toString();
		lsp.open(uri, "plan P \"t\" {\n    kind activity\n    goal {\n}\n");
		List<Diagnostic> published = lsp.awaitDiagnostics(uri, d -> !d.isEmpty());
		assertTrue(published.stream().anyMatch(d -> d.getCode().getLeft().equals("syntax.error")),
				() -> "syntax.error among " + published);
		assertTrue(published.stream().noneMatch(d -> d.getCode().getLeft().startsWith("org.eclipse")),
				() -> "no Xtext-internal code in " + published);
	}

	@Test
	void aChineseFileNameGetsItsDiagnosticsUnderTheUriTheClientSent() {
		String uri = workspace.resolve("活动方案/志愿服务.plan").toUri().toString();
		assertTrue(uri.contains("%E6%B4%BB"), uri);
		lsp.open(uri, "方案 P \"t\" {\n    类型 项目\n}\n");
		List<Diagnostic> published = lsp.awaitDiagnostics(uri, d -> !d.isEmpty());
		assertTrue(published.stream().anyMatch(d -> LspDiagnostics.code(d).equals("completeness.missing-section")),
				published::toString);
	}
}
