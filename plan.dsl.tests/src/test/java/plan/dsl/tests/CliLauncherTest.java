package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./plan} launcher's class-data sharing archive: made once by the training run, then used silently,
 * and a real archive the JVM accepts for the jar.
 */
class CliLauncherTest {

	private static final Path ROOT = CliProcess.repoRoot();
	private static final Path JAR = ROOT.resolve("plan.dsl.cli/target/plan.jar");
	private static final Path ARCHIVES = ROOT.resolve("plan.dsl.cli/target/cds");
	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	@TempDir
	Path tmp;

	@Test
	void trainingRunPrintsNothingAndCleansUp() throws Exception {
		CliProcess.Result r = exec(List.of(JAVA, "-Djava.io.tmpdir=" + tmp, "-cp", JAR.toString(), "plan.dsl.cli.StartupTraining"));
		assertEquals(new CliProcess.Result(0, "", ""), r);
		try (Stream<Path> left = Files.list(tmp)) {
			assertEquals(List.of(), left.toList(), "the training's temporary folder is deleted");
		}
	}

	@Test
	void launcherPreparesTheArchiveOnceThenUsesItSilently() throws Exception {
		deleteArchives();
		List<String> validate = List.of(ROOT.resolve("plan").toString(), "validate", "examples/anquan-2026.plan");

		CliProcess.Result first = exec(validate);
		assertEquals(0, first.exitCode(), first.err());
		assertEquals("1 file checked: 0 errors, 0 warnings, 0 info.\n", first.out());
		Matcher said = Pattern.compile("plan: preparing the start-up archive for this jar and Java (\\S+) \\(once, about 10 s\\)\n")
				.matcher(first.err());
		assertTrue(said.matches(), first.err());
		Path archive = ARCHIVES.resolve("plan-java-" + said.group(1) + ".jsa");
		assertTrue(Files.size(archive) > 0, archive.toString());
		try (Stream<Path> left = Files.list(ARCHIVES)) {
			assertEquals(List.of(archive), left.toList(), "no partial archive is left behind");
		}

		assertEquals(new CliProcess.Result(0, first.out(), ""), exec(validate));

		// -Xshare:on turns an archive the JVM would ignore (stale, foreign) into a start-up failure
		CliProcess.Result strict = exec(List.of(JAVA, "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-cp", JAR.toString(), "plan.dsl.cli.PlanCli", "validate",
				"examples/anquan-2026.plan"));
		assertEquals(new CliProcess.Result(0, first.out(), ""), strict);
	}

	private static void deleteArchives() throws IOException {
		if (Files.isDirectory(ARCHIVES)) {
			try (Stream<Path> old = Files.list(ARCHIVES)) {
				for (Path path : old.toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/** Runs a command in the repository root with this test's Java as JAVA_HOME. */
	private static CliProcess.Result exec(List<String> command) throws IOException, InterruptedException {
		Path out = Files.createTempFile("launcher-out", ".txt");
		Path err = Files.createTempFile("launcher-err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().remove("PLAN_CDS");
		Process process = builder.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish");
		}
		CliProcess.Result result = new CliProcess.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}
}
