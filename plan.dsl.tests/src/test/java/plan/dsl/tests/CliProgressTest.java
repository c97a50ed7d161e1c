package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar of a large run: drawn on standard error only when that is a terminal and the run is not
 * quiet; a redirected run (tests, CI, pipes) never gets one.
 */
class CliProgressTest {

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

	/** Standard error of {@code plan ARGS} on a terminal (standard output goes away). */
	private String onTerminal(String args) throws Exception {
		return CliProcess.onTerminal(dir, args + " >/dev/null");
	}
}
