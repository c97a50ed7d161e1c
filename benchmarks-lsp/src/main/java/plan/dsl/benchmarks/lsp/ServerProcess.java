package plan.dsl.benchmarks.lsp;

import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real language server jar in a process of its own, started as an editor starts it ({@code java -jar},
 * stdio) and driven by lsp4j's client launcher. Every publication of diagnostics is recorded with the moment
 * it arrived, so a change can be timed to its diagnostics.
 */
final class ServerProcess implements AutoCloseable {

	private static final long TIMEOUT_SECONDS = 120;

	private final Process process;
	private final Path javaHome;
	private final LanguageServer server;
	private final Publications publications = new Publications();

	private ServerProcess(Process process, Path javaHome) {
		this.process = process;
		this.javaHome = javaHome;
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(publications, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	/**
	 * Starts {@code java [jvmOptions] -jar serverJar} with the Java of {@code javaHome} and initializes it with
	 * {@code workspace} as its root folder. The server's standard error goes to {@code log}.
	 */
	static ServerProcess start(Path javaHome, Path serverJar, List<String> jvmOptions, Path workspace, Path log)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(javaHome.resolve("bin/java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", serverJar.toString()));
		Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
		ServerProcess server = new ServerProcess(process, javaHome);
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		server.get(server.server.initialize(params));
		server.server.initialized(new InitializedParams());
		return server;
	}

	LanguageServer server() {
		return server;
	}

	long pid() {
		return process.pid();
	}

	void open(String uri, String text) {
		server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", 1, text)));
	}

	/** Sends one incremental change, as an editor does for a keystroke. */
	void change(String uri, int version, Range range, String text) {
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	/** How many publications arrived so far: a mark for {@link #awaitPublication}. */
	int mark() {
		return publications.count();
	}

	/**
	 * The first publication for {@code uri} after {@code mark} whose diagnostics satisfy {@code wanted}; fails
	 * after two minutes.
	 */
	Publication awaitPublication(String uri, int mark, Predicate<List<Diagnostic>> wanted) {
		return publications.await(uri, mark, wanted, TIMEOUT_SECONDS);
	}

	/** Whether {@code uri} had a publication after {@code mark}. */
	boolean publishedSince(String uri, int mark) {
		return publications.since(uri, mark);
	}

	<T> T get(CompletableFuture<T> request) {
		try {
			return request.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException("the server did not answer: " + e, e);
		}
	}

	/**
	 * The heap the server's objects occupy: {@code jcmd GC.run} (a full collection), then the used heap from
	 * {@code jcmd GC.heap_info}, in bytes.
	 */
	long heapAfterFullGc() throws IOException, InterruptedException {
		jcmd("GC.run");
		String info = jcmd("GC.heap_info");
		Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
		if (!used.find()) {
			throw new IllegalStateException("no used heap in jcmd GC.heap_info: " + info);
		}
		return Long.parseLong(used.group(1)) * 1024;
	}

	/** The resident set of the server process (Linux), in bytes; -1 where unknown. */
	long residentSet() throws IOException {
		Path status = Path.of("/proc", Long.toString(process.pid()), "status");
		if (!Files.isRegularFile(status)) {
			return -1;
		}
		for (String line : Files.readAllLines(status)) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		return -1;
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(javaHome.resolve("bin/jcmd").toString(), Long.toString(process.pid()), command)
				.redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (jcmd.waitFor() != 0) {
			throw new IllegalStateException("jcmd " + command + " failed: " + output);
		}
		return output;
	}

	@Override
	public void close() throws InterruptedException {
		try {
			if (process.isAlive()) {
				server.shutdown().get(20, TimeUnit.SECONDS);
				server.exit();
			}
		} catch (ExecutionException | TimeoutException e) {
			// ended below either way
		} finally {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
			}
		}
	}

	/** One publication of diagnostics and when it arrived ({@link System#nanoTime()}). */
	record Publication(String uri, List<Diagnostic> diagnostics, long arrivedNanos) {
	}

	/** The client side: records publications, answers the server's requests as a quiet editor does. */
	private static final class Publications implements LanguageClient {

		private final List<Publication> published = new ArrayList<>();

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
			published.add(new Publication(params.getUri(), params.getDiagnostics(), System.nanoTime()));
			notifyAll();
		}

		synchronized int count() {
			return published.size();
		}

		synchronized boolean since(String uri, int mark) {
			return published.subList(mark, published.size()).stream().anyMatch(p -> p.uri().equals(uri));
		}

		synchronized Publication await(String uri, int mark, Predicate<List<Diagnostic>> wanted, long seconds) {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			int checked = mark;
			try {
				while (true) {
					for (; checked < published.size(); checked++) {
						Publication publication = published.get(checked);
						if (publication.uri().equals(uri) && wanted.test(publication.diagnostics())) {
							return publication;
						}
					}
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						throw new IllegalStateException("no wanted diagnostics for " + uri + " within " + seconds + " s");
					}
					TimeUnit.NANOSECONDS.timedWait(this, left);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
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
