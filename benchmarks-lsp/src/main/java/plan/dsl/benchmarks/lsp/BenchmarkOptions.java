package plan.dsl.benchmarks.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of the benchmark; every option has a default that matches the targets. */
final class BenchmarkOptions {

	static final String USAGE = """
			Usage: java -jar lsp-benchmark.jar --server plan-language-server.jar [options]
			  --server PATH          the language server jar to measure (required)
			  --java-home DIR        the Java that runs the server (default: the one running the benchmark)
			  --server-option OPT    a JVM option for the server, repeatable (e.g. -XX:StartFlightRecording=...)
			  --lines N              size of the large plan in lines (default 10000)
			  --warmup-cycles N      typing cycles before measuring (default 15; a cycle is 9 keystrokes)
			  --cycles N             measured typing cycles (default 34, about 300 completions)
			  --pace-ms N            time between keystrokes (default 150, a fast typist)
			  --diagnostics N        measured changes timed to their diagnostics (default 40)
			  --plans N              plans open at once for the heap figure (default 200)
			  --plan-projects N      projects in each of those plans (default 50, about 680 lines)
			  --only large|heap      run one part only""";

	Path server;
	Path javaHome = Path.of(System.getProperty("java.home"));
	final List<String> serverOptions = new ArrayList<>();
	int lines = 10_000;
	int warmupCycles = 15;
	int cycles = 34;
	long paceMillis = 150;
	int diagnostics = 40;
	int plans = 200;
	int planProjects = 50;
	String only = "";

	/** @throws IllegalArgumentException naming what is wrong */
	static BenchmarkOptions parse(String[] args) {
		BenchmarkOptions options = new BenchmarkOptions();
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (i + 1 == args.length) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			String value = args[++i];
			switch (name) {
			case "--server" -> options.server = Path.of(value);
			case "--java-home" -> options.javaHome = Path.of(value);
			case "--server-option" -> options.serverOptions.add(value);
			case "--lines" -> options.lines = positive(name, value);
			case "--warmup-cycles" -> options.warmupCycles = positive(name, value);
			case "--cycles" -> options.cycles = positive(name, value);
			case "--pace-ms" -> options.paceMillis = positive(name, value);
			case "--diagnostics" -> options.diagnostics = positive(name, value);
			case "--plans" -> options.plans = positive(name, value);
			case "--plan-projects" -> options.planProjects = positive(name, value);
			case "--only" -> {
				if (!value.equals("large") && !value.equals("heap")) {
					throw new IllegalArgumentException("--only takes large or heap, not '" + value + "'");
				}
				options.only = value;
			}
			default -> throw new IllegalArgumentException("unknown option '" + name + "'");
			}
		}
		if (options.server == null || !Files.isRegularFile(options.server)) {
			throw new IllegalArgumentException("--server must name the language server jar"
					+ (options.server == null ? "" : "; no file " + options.server));
		}
		if (!Files.isExecutable(options.javaHome.resolve("bin/java"))
				|| !Files.isExecutable(options.javaHome.resolve("bin/jcmd"))) {
			throw new IllegalArgumentException("--java-home must be a JDK with bin/java and bin/jcmd: " + options.javaHome);
		}
		return options;
	}

	boolean runs(String part) {
		return only.isEmpty() || only.equals(part);
	}

	private static int positive(String name, String value) {
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(name + " takes a positive whole number, not '" + value + "'");
	}
}
