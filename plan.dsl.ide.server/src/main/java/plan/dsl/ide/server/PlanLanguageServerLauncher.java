package plan.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

/**
 * Starts the {@code .plan} language server: {@code java -jar plan-language-server.jar} speaks LSP over
 * standard input and output, {@code --port N} over a loopback socket (for debugging, or clients that prefer
 * TCP). The process ends when its client disconnects or sends {@code exit}.
 * <p>
 * Standard output belongs to the protocol alone: before anything else runs, {@code System.out} is pointed at
 * standard error, so a stray print or a log line (Xtext logs to the console) can never corrupt a message.
 */
public final class PlanLanguageServerLauncher {

	private PlanLanguageServerLauncher() {
	}

	public static void main(String[] args) {
		// Guice reads this once, when its first class loads; class generation needs sun.misc.Unsafe, which
		// JDK 25 warns about on the console
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		InputStream protocolIn = System.in;
		OutputStream protocolOut = System.out;
		System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8));
		System.setIn(InputStream.nullInputStream());

		LaunchOptions options;
		try {
			options = LaunchOptions.parse(List.of(args));
		} catch (IllegalArgumentException e) {
			System.err.println("plan-language-server: " + e.getMessage());
			System.err.println(LaunchOptions.USAGE);
			System.exit(2);
			return;
		}
		try {
			if (options.port() == 0) {
				serve(protocolIn, protocolOut, options);
			} else {
				serveFirstClient(options);
			}
			System.exit(0);
		} catch (IOException | RuntimeException e) {
			System.err.println("plan-language-server: " + e);
			System.exit(1);
		}
	}

	private static void serveFirstClient(LaunchOptions options) throws IOException {
		try (ServerSocket listener = new ServerSocket(options.port(), 1, InetAddress.getLoopbackAddress())) {
			System.err.println("plan-language-server: listening on 127.0.0.1:" + listener.getLocalPort());
			try (Socket client = listener.accept()) {
				serve(client.getInputStream(), client.getOutputStream(), options);
			}
		}
	}

	/** Runs one language server on the given streams until the client goes away. */
	static void serve(InputStream in, OutputStream out, LaunchOptions options) {
		LanguageServerImpl server = Guice.createInjector(new PlanServerModule()).getInstance(LanguageServerImpl.class);
		QuietBadPositions.install();
		PrintWriter trace = options.trace() ? new PrintWriter(System.err, true) : null;
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).traceMessages(trace)
				.validateMessages(true).setExceptionHandler(new ProtocolErrors()).create();
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		try {
			listening.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			System.err.println("plan-language-server: connection closed: " + e.getCause());
		}
	}
}
