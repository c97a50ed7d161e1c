package plan.dsl.benchmarks.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;

import plan.dsl.benchmarks.SyntheticPlans;

/**
 * Measures the language server as an editor experiences it: the real jar over stdio, an lsp4j client.
 * <ul>
 * <li>completion latency right after a keystroke in a 10,000-line plan (median, 99th percentile);</li>
 * <li>time from a change to the publication of its diagnostics in that plan;</li>
 * <li>the server's heap after a full collection with 200 plans open.</li>
 * </ul>
 * Prints each figure beside its target (completion p99 under 50 ms, diagnostics under 300 ms, heap under 512
 * MB) and exits with 1 when one is missed. Other processes distort the figures, so the load average is
 * printed before and after.
 */
public final class LspBenchmark {

	static final double COMPLETION_P99_TARGET_MS = 50;
	static final double DIAGNOSTICS_TARGET_MS = 300;
	static final long HEAP_TARGET_BYTES = 512L * 1024 * 1024;

	private static final String OWNER = "        owner ";

	private final BenchmarkOptions options;
	private final List<String> missed = new ArrayList<>();

	private LspBenchmark(BenchmarkOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println("lsp-benchmark: " + e.getMessage());
			System.err.println(BenchmarkOptions.USAGE);
			System.exit(2);
			return;
		}
		System.exit(new LspBenchmark(options).run());
	}

	private int run() throws Exception {
		System.out.println("plan.dsl language server benchmark: " + options.server + " over stdio, lsp4j client");
		System.out.println("server Java: " + options.javaHome + (options.serverOptions.isEmpty() ? ""
				: ", options " + String.join(" ", options.serverOptions)));
		System.out.println("load average before: " + loadAverage());
		Path workspaces = Files.createTempDirectory("plan-lsp-bench");
		try {
			if (options.runs("large")) {
				largePlan(Files.createDirectory(workspaces.resolve("large")));
			}
			if (options.runs("heap")) {
				openPlans(Files.createDirectory(workspaces.resolve("many")));
			}
		} finally {
			try (Stream<Path> files = Files.walk(workspaces)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		System.out.println("load average after: " + loadAverage());
		if (missed.isEmpty()) {
			System.out.println("all targets met");
			return 0;
		}
		System.out.println("targets missed: " + String.join("; ", missed));
		return 1;
	}

	private void largePlan(Path workspace) throws Exception {
		LargePlan plan = LargePlan.withLines(options.lines);
		Path file = Files.writeString(workspace.resolve("large.plan"), plan.text, StandardCharsets.UTF_8);
		System.out.printf(Locale.ROOT, "%nlarge plan: %,d lines, %d projects, %,d characters%n", plan.lines.size(),
				plan.projects, plan.text.length());
		try (ServerProcess server = start(workspace, "large")) {
			int mark = server.mark();
			long opened = System.nanoTime();
			OpenDocument document = new OpenDocument(server, file.toUri().toString(), plan.text);
			server.awaitPublication(document.uri, mark, diagnostics -> true);
			System.out.printf(Locale.ROOT, "  open → first diagnostics                %8.0f ms%n", (System.nanoTime() - opened) / 1e6);

			int header = plan.projectHeaderNear(0.5);
			Typing typing = new Typing(document, header, plan.lines.get(header).length(), plan.firstPerson());
			Latencies warmup = new Latencies();
			for (int i = 0; i < options.warmupCycles; i++) {
				typing.cycle(warmup, options.paceMillis);
			}
			Latencies afterKeystroke = new Latencies();
			for (int i = 0; i < options.cycles; i++) {
				typing.cycle(afterKeystroke, options.paceMillis);
			}
			report("completion after a keystroke", afterKeystroke, afterKeystroke.percentileMillis(99),
					COMPLETION_P99_TARGET_MS, "p99");

			Latencies unchanged = unchangedCompletion(document, plan.lineAfter(header, OWNER));
			System.out.println("  completion, text unchanged     " + unchanged.summary());

			Latencies diagnostics = changeToDiagnostics(document, plan.projectHeaderNear(0.75), plan);
			report("change → its diagnostics", diagnostics, diagnostics.percentileMillis(99), DIAGNOSTICS_TARGET_MS, "p99");
		}
	}

	private Latencies unchangedCompletion(OpenDocument document, int ownerLine) throws InterruptedException {
		Latencies latencies = new Latencies();
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(document.uri),
				new Position(ownerLine, "        owner ".length()));
		Thread.sleep(1000);
		for (int i = 0; i < 100; i++) {
			long start = System.nanoTime();
			document.server.get(document.server.server().getTextDocumentService().completion(params));
			latencies.add(System.nanoTime() - start);
		}
		return latencies;
	}

	/**
	 * Alternately renames the owner of a project to {@code Nobody} (one unresolved reference) and back (none),
	 * timing each change to the first publication that shows it.
	 */
	private Latencies changeToDiagnostics(OpenDocument document, int header, LargePlan plan) throws InterruptedException {
		int ownerLine = plan.lineAfter(header, OWNER);
		String owner = plan.lines.get(ownerLine).substring(OWNER.length());
		String nobody = "Nobody";
		Latencies latencies = new Latencies();
		Thread.sleep(500);
		for (int i = 0; i < options.diagnostics * 2; i++) {
			boolean breaking = i % 2 == 0;
			int mark = document.server.mark();
			long start = System.nanoTime();
			document.edit(ownerLine, OWNER.length(), ownerLine, OWNER.length() + (breaking ? owner : nobody).length(),
					breaking ? nobody : owner);
			Predicate<List<Diagnostic>> shows = diagnostics -> unresolved(diagnostics) == (breaking ? 1 : 0);
			ServerProcess.Publication publication = document.server.awaitPublication(document.uri, mark, shows);
			latencies.add(publication.arrivedNanos() - start);
			Thread.sleep(200);
		}
		return latencies;
	}

	private static long unresolved(List<Diagnostic> diagnostics) {
		return diagnostics.stream()
				.filter(d -> d.getCode() != null && "reference.unresolved".equals(d.getCode().getLeft())).count();
	}

	/** The heap of a server with {@code --plans} plans of the workspace open, after a full collection. */
	private void openPlans(Path workspace) throws Exception {
		String template = SyntheticPlans.generate(options.planProjects);
		String name = "plan SYN" + options.planProjects + " ";
		List<Path> files = new ArrayList<>();
		for (int i = 1; i <= options.plans; i++) {
			String text = template.replace(name, "plan SYN" + options.planProjects + "_" + i + " ");
			files.add(Files.writeString(workspace.resolve(String.format(Locale.ROOT, "plan-%03d.plan", i)), text,
					StandardCharsets.UTF_8));
		}
		System.out.printf(Locale.ROOT, "%n%d plans of %,d lines each (%,d lines in all), every one open%n", options.plans,
				template.lines().count(), template.lines().count() * options.plans);
		try (ServerProcess server = start(workspace, "heap")) {
			long start = System.nanoTime();
			int mark = server.mark();
			for (Path file : files) {
				server.open(file.toUri().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
			for (Path file : files) {
				server.awaitPublication(file.toUri().toString(), mark, diagnostics -> true);
			}
			System.out.printf(Locale.ROOT, "  open all → all diagnostics              %8.0f ms%n", (System.nanoTime() - start) / 1e6);
			Thread.sleep(1000);
			long heap = server.heapAfterFullGc();
			long resident = server.residentSet();
			boolean met = heap < HEAP_TARGET_BYTES;
			System.out.printf(Locale.ROOT, "  heap after a full GC                     %8.0f MB   target < %d MB   %s%n",
					heap / 1048576.0, HEAP_TARGET_BYTES / 1048576, met ? "met" : "MISSED");
			if (resident > 0) {
				System.out.printf(Locale.ROOT, "  process resident set                     %8.0f MB%n", resident / 1048576.0);
			}
			if (!met) {
				missed.add("heap " + heap / 1048576 + " MB");
			}
		}
	}

	private ServerProcess start(Path workspace, String part) throws IOException {
		Path log = Files.createTempFile("plan-lsp-bench-" + part, ".log");
		System.out.println("  (server log: " + log + ")");
		return ServerProcess.start(options.javaHome, options.server, options.serverOptions, workspace, log);
	}

	private void report(String what, Latencies latencies, double judged, double target, String statistic) {
		boolean met = judged < target;
		System.out.printf(Locale.ROOT, "  %-30s %s   target %s < %.0f ms   %s%n", what, latencies.summary(), statistic,
				target, met ? "met" : "MISSED");
		if (!met) {
			missed.add(what + " " + statistic + String.format(Locale.ROOT, " %.1f ms", judged));
		}
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		} catch (IOException e) {
			return "unknown";
		}
	}
}
