package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar of a large run: drawn on standard error only when that is a terminal and the run is not
 * quiet; a redirected run (tests, CI, pipes) never gets one.
 */
class CliProgressTest {

	private static final Path SCRIPT = Path.of("/usr/bin/script");

	@TempDir
	Path dir;

	@BeforeEach
	void manyPlans() throws Exception {
		for (int i = 1; i <= 25; i++) {
			Files.writeString(dir.resolve("p" + i + ".plan"), "plan P" + i + " \"t\" {\n    kind project\n}\n");
		}
	}

	@Test
	void redirectedRunHasNoProgressBar() throws Exception {
		CliProcess.Result r = CliProcess.run(dir, "validate", ".");
		assertEquals("", r.err());
		assertTrue(r.out().endsWith("25 files checked: 0 errors, 75 warnings, 0 info.\n"), r.out());
	}

	@Test
	void terminalGetsABarThatEndsErased() throws Exception {
		String err = onTerminal("validate .");
		assertTrue(err.contains("25/25 files"), err);
		assertTrue(err.endsWith("\r"), "the bar is erased at the end");
	}

	@Test
	void quietRunHasNoBarEvenOnATerminal() throws Exception {
		assertFalse(onTerminal("validate -q .").contains("files"));
	}

	/** Standard error of {@code plan ARGS} run under a pseudo-terminal (util-linux {@code script}). */
	private String onTerminal(String args) throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(SCRIPT), "no script(1) to provide a terminal");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String jar = CliProcess.repoRoot().resolve("plan.dsl.cli/target/plan.jar").toString();
		// standard output goes away, so what reaches the terminal is standard error alone
		String command = "'" + java + "' -jar '" + jar + "' " + args + " >/dev/null";
		ProcessBuilder builder = new ProcessBuilder(List.of(SCRIPT.toString(), "-qec", command, "/dev/null"))
				.directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		builder.environment().remove("CI");
		builder.environment().put("TERM", "xterm");
		Path captured = Files.createTempFile("plan-tty", ".txt");
		Process process = builder.redirectOutput(captured.toFile()).redirectErrorStream(true).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "plan did not finish");
		String text = Files.readString(captured, StandardCharsets.UTF_8);
		Files.delete(captured);
		return text;
	}
}
