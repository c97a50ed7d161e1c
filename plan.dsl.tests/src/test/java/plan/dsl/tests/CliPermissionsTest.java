package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan file the user may not read and an output folder the user may not write: one clear line each, exit code 2,
 * nothing written (the commands run without privileges: {@link CliProcess#runUnprivileged}).
 */
class CliPermissionsTest {

	private static final String PLAN = "plan P \"p\" {\n    kind project\n    status draft\n}\n";

	@TempDir
	Path dir;

	@BeforeEach
	void openToEveryone() throws Exception {
		// the temporary folder is private to its owner; the unprivileged user must reach the files inside
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void unreadablePlanIsOneClearLine() throws Exception {
		Path plan = Files.writeString(dir.resolve("secret.plan"), PLAN);
		Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("---------"));
		CliProcess.Result r = runUnprivileged("validate", "secret.plan");
		assertEquals(2, r.exitCode(), r.out() + r.err());
		assertEquals("plan: secret.plan: permission denied; make the file readable\n", r.err());
		assertEquals("", r.out());
	}

	@Test
	void unwritableOutputFolderIsOneClearLineAndNothingIsWritten() throws Exception {
		Files.writeString(dir.resolve("p.plan"), PLAN);
		Path locked = Files.createDirectories(dir.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));

		CliProcess.Result into = runUnprivileged("generate", "p.plan", "-o", "locked", "-q");
		assertEquals(2, into.exitCode(), into.out() + into.err());
		assertTrue(into.err().endsWith("plan: locked: the output folder is not writable; choose a folder you can write to\n"),
				into.err());

		CliProcess.Result below = runUnprivileged("generate", "p.plan", "-o", "locked/out", "-q");
		assertEquals(2, below.exitCode(), below.out() + below.err());
		assertTrue(below.err().endsWith(
				"plan: locked/out: cannot create the output folder, permission denied; choose a folder you can write to\n"),
				below.err());
		try (var left = Files.list(locked)) {
			assertFalse(left.findAny().isPresent(), "nothing written into the locked folder");
		}
	}

	private CliProcess.Result runUnprivileged(String... args) throws Exception {
		return CliProcess.runUnprivileged(dir, args);
	}
}
