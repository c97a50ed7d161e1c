package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command line: stdio by default, {@code --port N} for a socket, a clear refusal of anything else. */
class LspLauncherTest {

	@TempDir
	Path workspace;

	@Test
	void unknownArgumentsAreRefusedWithUsage() throws Exception {
		Process process = new ProcessBuilder(LspServerProcess.command("--bogus")).start();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(2, process.exitValue());
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(err.contains("unknown argument '--bogus'") && err.contains("--port N"), err);
		assertEquals("", new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
				"nothing but protocol on standard output");
	}

	@Test
	void stdioServerWritesNoWarningsAndExitsCleanly() throws Exception {
		LspServerProcess lsp = LspServerProcess.start(workspace);
		assertNotNull(lsp.initializeResult().getCapabilities().getCompletionProvider());
		lsp.close();
		assertFalse(lsp.isAlive());
		assertFalse(lsp.stderr().contains("Unsafe"), lsp.stderr());
	}

	@Test
	void portServesAClientOverTheLoopbackSocket() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		Process process = new ProcessBuilder(LspServerProcess.command("--port", String.valueOf(port))).start();
		try {
			BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
			assertEquals("plan-language-server: listening on 127.0.0.1:" + port, err.readLine());
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new QuietClient(),
						socket.getInputStream(), socket.getOutputStream());
				launcher.startListening();
				InitializeParams params = new InitializeParams();
				params.setRootUri(workspace.toUri().toString());
				params.setCapabilities(new ClientCapabilities());
				InitializeResult result = launcher.getRemoteProxy().initialize(params).get(60, TimeUnit.SECONDS);
				assertNotNull(result.getCapabilities().getHoverProvider());
				launcher.getRemoteProxy().shutdown().get(60, TimeUnit.SECONDS);
				launcher.getRemoteProxy().exit();
			}
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server ends with its client");
			assertEquals(0, process.exitValue());
		} finally {
			process.destroyForcibly();
		}
	}

	private static final class QuietClient implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
