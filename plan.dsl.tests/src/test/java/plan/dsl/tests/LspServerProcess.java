package plan.dsl.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLensCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TokenFormat;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real shaded language server jar ({@code plan.dsl.ide.server/target/plan-language-server.jar}) in a
 * process of its own, as an editor starts it, driven over stdio by lsp4j's client launcher. The client
 * declares the capabilities VS Code declares for what the tests use (hierarchical symbols, folding, snippets,
 * semantic tokens, code lenses, commands) and records every diagnostic the server publishes.
 */
final class LspServerProcess implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 60;

	private final Process process;
	private final LanguageServer server;
	private final RecordingClient client = new RecordingClient();
	private final StringBuffer stderr = new StringBuffer();
	private InitializeResult initializeResult;

	private LspServerProcess(Process process) {
		this.process = process;
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		this.server = launcher.getRemoteProxy();
		drain(process.getErrorStream(), stderr);
	}

	static Path jar() {
		return CorpusFiles.repoRoot().resolve("plan.dsl.ide.server/target/plan-language-server.jar");
	}

	/** The server's command line: the test's own Java running the shaded jar with {@code args}. */
	static List<String> command(String... args) {
		Path jar = jar();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("language server jar not built: " + jar);
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
		command.addAll(List.of(args));
		return command;
	}

	/** Starts the server and initializes it with {@code workspace} as the root folder. */
	static LspServerProcess start(Path workspace) throws IOException {
		LspServerProcess lsp = new LspServerProcess(new ProcessBuilder(command()).start());
		lsp.initialize(workspace);
		return lsp;
	}

	private void initialize(Path workspace) {
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		params.setCapabilities(capabilities());
		initializeResult = get(server.initialize(params));
		server.initialized(new InitializedParams());
	}

	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setFoldingRange(new FoldingRangeCapabilities());
		text.setRename(new RenameCapabilities(true, false));
		text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
		text.setSemanticTokens(new SemanticTokensCapabilities(new SemanticTokensClientCapabilitiesRequests(true),
				List.of("keyword", "enumMember", "class", "variable", "number"), List.of("declaration"),
				List.of(TokenFormat.Relative)));
		text.setCodeLens(new CodeLensCapabilities(false));
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setExecuteCommand(new ExecuteCommandCapabilities(false));
		workspace.setApplyEdit(true);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		capabilities.setWorkspace(workspace);
		return capabilities;
	}

	LanguageServer server() {
		return server;
	}

	InitializeResult initializeResult() {
		return initializeResult;
	}

	/** What the server wrote to standard error so far (for failure messages). */
	String stderr() {
		return stderr.toString();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** Opens {@code file} with its UTF-8 text and returns its URI as the server knows it. */
	String open(Path file) throws IOException {
		String uri = file.toUri().toString();
		open(uri, Files.readString(file, StandardCharsets.UTF_8));
		return uri;
	}

	void open(String uri, String text) {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", 1, text)));
	}

	/** Replaces the whole text of an open document. */
	void change(String uri, int version, String text) {
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** Replaces {@code range} of an open document with {@code text}, as an editor sends a keystroke. */
	void change(String uri, int version, org.eclipse.lsp4j.Range range, String text) {
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	/**
	 * The first diagnostics of {@code uri}, among the latest published and those still to come, that satisfy
	 * {@code wanted}; fails with the last publication seen when none does within the timeout.
	 */
	List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> wanted) {
		return client.await(uri, wanted, TIMEOUT_SECONDS);
	}

	/** A mark in the sequence of published diagnostics, for {@link #publishedSince}. */
	int mark() {
		return client.count();
	}

	/** The URIs diagnostics were published for after {@code mark}, in the order they came. */
	List<String> publishedSince(int mark) {
		return client.urisSince(mark);
	}

	/** The result of a request, or the test fails with what the server said on standard error. */
	<T> T get(CompletableFuture<T> request) {
		try {
			return request.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException(e + "\nserver stderr:\n" + stderr, e);
		}
	}

	@Override
	public void close() throws InterruptedException {
		try {
			if (process.isAlive()) {
				server.shutdown().get(10, TimeUnit.SECONDS);
				server.exit();
			}
		} catch (ExecutionException | TimeoutException e) {
			// the process is ended below either way
		} finally {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private static void drain(InputStream stream, StringBuffer into) {
		Thread drainer = new Thread(() -> {
			try {
				into.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				into.append(e);
			}
		}, "lsp-stderr");
		drainer.setDaemon(true);
		drainer.start();
	}

	/** Records every publication of diagnostics; answers the server's requests as a quiet editor would. */
	private static final class RecordingClient implements LanguageClient {

		private final List<PublishDiagnosticsParams> published = new ArrayList<>();

		synchronized List<Diagnostic> await(String uri, Predicate<List<Diagnostic>> wanted, long seconds) {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			int checked = latestIndex(uri);
			if (checked >= 0 && wanted.test(published.get(checked).getDiagnostics())) {
				return published.get(checked).getDiagnostics();
			}
			checked = Math.max(checked, published.size() - 1);
			try {
				while (true) {
					for (int i = checked + 1; i < published.size(); i++) {
						PublishDiagnosticsParams params = published.get(i);
						if (params.getUri().equals(uri) && wanted.test(params.getDiagnostics())) {
							return params.getDiagnostics();
						}
					}
					checked = published.size() - 1;
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						int last = latestIndex(uri);
						throw new AssertionError("no wanted diagnostics for " + uri + " within " + seconds
								+ " s; last published: " + (last < 0 ? "none" : published.get(last).getDiagnostics()));
					}
					TimeUnit.NANOSECONDS.timedWait(this, left);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

		synchronized int count() {
			return published.size();
		}

		synchronized List<String> urisSince(int mark) {
			return published.subList(mark, published.size()).stream().map(PublishDiagnosticsParams::getUri).toList();
		}

		private int latestIndex(String uri) {
			for (int i = published.size() - 1; i >= 0; i--) {
				if (published.get(i).getUri().equals(uri)) {
					return i;
				}
			}
			return -1;
		}

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
			notifyAll();
		}

		@Override
		public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
			return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
		}

		@Override
		public CompletableFuture<Void> registerCapability(RegistrationParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
