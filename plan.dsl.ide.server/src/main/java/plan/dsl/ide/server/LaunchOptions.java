package plan.dsl.ide.server;

import java.util.List;

/**
 * The command line of the language server: {@code [--port N] [--trace]}. Without {@code --port} the server
 * talks LSP over standard input and output, as editors start it.
 *
 * @param port the TCP port to listen on (loopback only), or {@code 0} for stdio
 * @param trace whether to log every JSON-RPC message to standard error
 */
record LaunchOptions(int port, boolean trace) {

	static final String USAGE = """
			Usage: java -jar plan-language-server.jar [--port N] [--trace]
			  (no option)  speak the Language Server Protocol over standard input and output
			  --port N     listen on 127.0.0.1:N and serve the first client that connects
			  --trace      log every JSON-RPC message to standard error""";

	/** @throws IllegalArgumentException naming the offending argument */
	static LaunchOptions parse(List<String> args) {
		int port = 0;
		boolean trace = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--trace" -> trace = true;
			case "--port" -> {
				if (i + 1 == args.size()) {
					throw new IllegalArgumentException("--port needs a port number");
				}
				port = port(args.get(++i));
			}
			// clients written for Xtext's own launcher pass these; stdio is what they mean
			case "--stdio", "-stdio" -> {
			}
			default -> {
				if (arg.startsWith("--port=")) {
					port = port(arg.substring("--port=".length()));
				} else {
					throw new IllegalArgumentException("unknown argument '" + arg + "'");
				}
			}
			}
		}
		return new LaunchOptions(port, trace);
	}

	private static int port(String text) {
		try {
			int port = Integer.parseInt(text);
			if (port >= 1 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("'" + text + "' is not a port number (1-65535)");
	}
}
