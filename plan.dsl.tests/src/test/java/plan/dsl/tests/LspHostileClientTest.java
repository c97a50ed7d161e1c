package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * A client that breaks the protocol gets errors, and the server goes on answering correctly: malformed JSON,
 * broken framing, unknown methods, invalid parameters, documents nobody opened, positions past the end.
 */
class LspHostileClientTest {

	private static final String PLAN = "plan P \\\"t\\\" {\\n    kind project\\n    language en\\n}\\n";

	@TempDir
	Path workspace;

	private LspRawConnection raw;

	@BeforeEach
	void start() throws Exception {
		raw = new LspRawConnection();
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\""
				+ workspace.toUri() + "\",\"capabilities\":{}}}");
		assertTrue(raw.response(1).has("result"));
		raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
	}

	@AfterEach
	void stop() throws Exception {
		raw.close();
	}

	@Test
	void malformedJsonGetsAParseErrorAndTheServerKeepsAnswering() throws Exception {
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":");
		assertEquals(-32700, error(raw.response(2)).get("code").getAsInt(), "JSON-RPC parse error");
		assertServerStillWorks(3);
	}

	@Test
	void brokenFramingIsSkipped() throws Exception {
		raw.sendBytes("Content-Type: nonsense\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		raw.sendBytes("Content-Length: 5\r\n\r\n12345".getBytes(StandardCharsets.US_ASCII));
		assertServerStillWorks(2);
	}

	@Test
	void unknownMethodAndInvalidParamsGetErrors() throws Exception {
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"plan/nonsense\",\"params\":{}}");
		assertEquals(-32601, error(raw.response(2)).get("code").getAsInt(), "method not found");
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"position\":{\"line\":0,\"character\":0}}}");
		assertEquals(-32602, error(raw.response(3)).get("code").getAsInt(), "invalid params: no textDocument");
		// a value of the wrong type fails while the message is read, before any parameter is validated
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/hover\",\"params\":{\"position\":42}}");
		assertEquals(-32700, error(raw.response(4)).get("code").getAsInt(), "unreadable params");
		assertServerStillWorks(5);
	}

	@Test
	void requestsForADocumentNobodyOpenedGetErrorsOrNothing() throws Exception {
		String missing = workspace.resolve("nowhere/missing.plan").toUri().toString();
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\""
				+ missing + "\"},\"position\":{\"line\":0,\"character\":0}}}");
		assertNoResult(raw.response(2));
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\""
				+ missing + "\"}}}");
		assertNoResult(raw.response(3));
		raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\""
				+ missing + "\",\"version\":2},\"contentChanges\":[{\"text\":\"x\"}]}}");
		assertServerStillWorks(4);
	}

	@Test
	void positionsOutsideTheDocumentGetInvalidParamsWithoutTheDocumentsText() throws Exception {
		String uri = open();
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\""
				+ uri + "\"},\"position\":{\"line\":999,\"character\":999}}}");
		JsonObject completion = raw.response(2);
		assertEquals(-32602, error(completion).get("code").getAsInt(), completion::toString);
		assertTrue(completion.toString().length() < 300 && !completion.toString().contains("kind project"),
				completion::toString);
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\""
				+ uri + "\"},\"position\":{\"line\":1,\"character\":500}}}");
		assertEquals(-32602, error(raw.response(3)).get("code").getAsInt());
		assertServerStillWorks(4);
	}

	private String open() throws Exception {
		String uri = workspace.resolve("p.plan").toUri().toString();
		raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
				+ uri + "\",\"languageId\":\"plan\",\"version\":1,\"text\":\"" + PLAN + "\"}}}");
		return uri;
	}

	/** After the abuse the server still completes keywords in a real document. */
	private void assertServerStillWorks(int id) throws Exception {
		String uri = open();
		raw.send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\""
				+ uri + "\"},\"position\":{\"line\":3,\"character\":0}}}");
		JsonObject response = raw.response(id);
		assertTrue(response.has("result"), response::toString);
		assertTrue(response.get("result").toString().contains("\"goal\""), response::toString);
		assertTrue(raw.isAlive());
	}

	private static JsonObject error(JsonObject response) {
		assertTrue(response.has("error"), response::toString);
		return response.getAsJsonObject("error");
	}

	private static void assertNoResult(JsonObject response) {
		assertTrue(response.has("error") || response.get("result").isJsonNull()
				|| response.get("result").isJsonArray() && response.get("result").getAsJsonArray().isEmpty()
				|| response.get("result").toString().equals("{\"contents\":[]}"), response::toString);
	}
}
