package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * {@code workspace/executeCommand plan.generate} on the real server: the plan as the editor holds it is written
 * into the folder, every output format, and the answer lists the files; plans with errors are refused unless
 * forced, and wrong arguments get "invalid params".
 */
class LspGenerateTest {

	@TempDir
	static Path workspace;

	private static LspServerProcess lsp;
	private static String uri;
	private static String text;

	@BeforeAll
	static void start() throws IOException {
		Path plan = Files.copy(CorpusFiles.bundledExamples().resolve("innovation-2027.plan"), workspace.resolve("lab.plan"));
		text = Files.readString(plan, StandardCharsets.UTF_8);
		lsp = LspServerProcess.start(workspace);
		uri = lsp.open(plan);
		lsp.awaitDiagnostics(uri, d -> true);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		lsp.close();
	}

	@Test
	void theServerAnnouncesTheCommand() {
		assertTrue(lsp.initializeResult().getCapabilities().getExecuteCommandProvider().getCommands()
				.contains("plan.generate"));
	}

	@Test
	void writesEveryOutputIntoTheFolderAndAnswersThePaths() {
		Path out = workspace.resolve("out-all");
		List<Path> written = generate(new JsonPrimitive(uri), new JsonPrimitive(out.toString()));
		Set<String> names = written.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
		assertEquals(Set.of("GESL2027.md", "GESL2027.html", "GESL2027.docx", "GESL2027.dashboard.html",
				"GESL2027.brief.html", "GESL2027.mindmap.svg", "GESL2027.json", "GESL2027.ics", "GESL2027.csv"), names);
		for (Path file : written) {
			assertTrue(file.startsWith(out) && Files.isRegularFile(file), file::toString);
		}
	}

	@Test
	void writesTheTextAsEditedNotAsSaved() throws IOException {
		lsp.change(uri, 2, text.replace("Green Energy Systems Lab: 2027 Annual Work Plan", "Edited Lab Plan"));
		JsonObject options = new JsonObject();
		JsonArray formats = new JsonArray();
		formats.add("md");
		options.add("formats", formats);
		// a folder relative to the document's folder
		List<Path> written = generate(new JsonPrimitive(uri), new JsonPrimitive("out-md"), options);
		assertEquals(1, written.size(), written::toString);
		assertEquals(workspace.resolve("out-md"), written.get(0).getParent());
		assertTrue(Files.readString(written.get(0), StandardCharsets.UTF_8).contains("Edited Lab Plan"));
		lsp.change(uri, 3, text);
	}

	@Test
	void aPlanWithErrorsIsRefusedUnlessForced() throws IOException {
		String broken = workspace.resolve("broken.plan").toUri().toString();
		lsp.open(broken, "plan B \"t\" {\n    kind project\n    goal G1 \"g\" { owner Nobody }\n}\n");
		lsp.awaitDiagnostics(broken, d -> !d.isEmpty());
		Path out = workspace.resolve("out-broken");
		ResponseErrorException refused = assertThrows(ResponseErrorException.class,
				() -> generateOrThrow(new JsonPrimitive(broken), new JsonPrimitive(out.toString())));
		assertTrue(refused.getResponseError().getMessage().contains("error"), refused::getMessage);
		assertFalse(Files.exists(out.resolve("B.md")));

		JsonObject force = new JsonObject();
		force.addProperty("force", true);
		Path dashboard = generate(new JsonPrimitive(broken), new JsonPrimitive(out.toString()), force).stream()
				.filter(p -> p.getFileName().toString().equals("B.dashboard.html")).findFirst().orElseThrow();
		// the dashboard lists the problems the command found, rather than saying the plan was not validated
		assertTrue(Files.readString(dashboard, StandardCharsets.UTF_8).contains("reference.unresolved"));
	}

	@Test
	void wrongArgumentsGetInvalidParams() {
		for (Object[] arguments : List.of(new Object[] { new JsonPrimitive(uri) },
				new Object[] { new JsonPrimitive(42), new JsonPrimitive("out") },
				new Object[] { new JsonPrimitive(workspace.resolve("nowhere.plan").toUri().toString()),
						new JsonPrimitive("out") })) {
			ResponseErrorException error = assertThrows(ResponseErrorException.class, () -> generateOrThrow(arguments));
			assertEquals(-32602, error.getResponseError().getCode(), error::getMessage);
		}
	}

	private static List<Path> generate(Object... arguments) {
		Object answer = lsp.get(execute(arguments));
		List<?> paths = assertInstanceOf(List.class, answer);
		return paths.stream().map(p -> Path.of((String) p)).toList();
	}

	private static Object generateOrThrow(Object... arguments) throws Exception {
		try {
			return execute(arguments).get(LspServerProcess.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
		} catch (java.util.concurrent.ExecutionException e) {
			throw e.getCause() instanceof ResponseErrorException response ? response : e;
		}
	}

	private static java.util.concurrent.CompletableFuture<Object> execute(Object... arguments) {
		return lsp.server().getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("plan.generate", List.of(arguments)));
	}
}
