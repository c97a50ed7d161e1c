package plan.dsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind {@code ./plan}'s class-data sharing archive: runs the commands people run (validate in
 * every format, format --check, generate every output) in-process on the bundled example plans, so that the
 * JVM's class list ({@code -XX:DumpLoadedClassList}) names every class those commands load. Not a picocli
 * subcommand, so it never shows in {@code plan --help}; it prints nothing and touches nothing outside a temporary
 * folder, which it deletes.
 */
public final class StartupTraining {

	/** The bundled examples, copied into the jar from the repository's {@code examples/} by the build. */
	static final List<String> PLANS = List.of("anquan-2026.plan", "innovation-2027.plan", "twins/kickoff.en.plan",
			"twins/kickoff.zh.plan");

	private StartupTraining() {
	}

	public static void main(String[] args) throws IOException {
		Path work = Files.createTempDirectory("plan-training");
		PrintStream out = System.out;
		PrintStream err = System.err;
		try (PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream())) {
			System.setOut(nowhere);
			System.setErr(nowhere);
			Path plans = Files.createDirectories(work.resolve("plans"));
			for (String name : PLANS) {
				try (InputStream in = StartupTraining.class.getResourceAsStream("training/" + name)) {
					if (in == null) {
						throw new IOException("training plan missing from the jar: " + name);
					}
					Path copy = plans.resolve(name);
					Files.createDirectories(copy.getParent());
					Files.copy(in, copy);
				}
			}
			String folder = plans.toString();
			String first = plans.resolve(PLANS.get(0)).toString();
			PlanCli.run("validate", first);
			PlanCli.run("validate", "--format", "json", folder);
			PlanCli.run("validate", "--format", "sarif", folder);
			PlanCli.run("format", "--check", folder);
			PlanCli.run("generate", folder, "-o", work.resolve("out").toString());
			PlanCli.run("explain", "smart.specific");
		} finally {
			System.setOut(out);
			System.setErr(err);
			deleteTree(work);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
