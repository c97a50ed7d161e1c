package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan format} run as a process: --check before and after, comments kept, broken files untouched. */
class CliFormatTest {

	private static final String MESSY = """
			plan Demo "演示" {   // keep me
			kind project
			  period   from 2026-01-01 to 2026-12-31
			goal G1 "目标一" { due 2026-06-30 }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void checkListsThenFormatRewritesThenCheckIsClean() throws Exception {
		Path plan = Files.writeString(dir.resolve("demo.plan"), MESSY);

		CliProcess.Result before = CliProcess.run(dir, "format", "--check", "demo.plan");
		assertEquals(1, before.exitCode(), before.err());
		assertEquals("demo.plan\n", before.out());
		assertEquals(MESSY, Files.readString(plan), "--check changes nothing");

		CliProcess.Result format = CliProcess.run(dir, "format", "demo.plan");
		assertEquals(0, format.exitCode(), format.err());
		assertEquals("formatted demo.plan\n", format.out());
		assertEquals("""
				plan Demo "演示" {   // keep me
				    kind project
				    period from 2026-01-01 to 2026-12-31

				    goal G1 "目标一" {
				        due 2026-06-30
				    }
				}
				""", Files.readString(plan));

		CliProcess.Result after = CliProcess.run(dir, "format", "--check", "demo.plan");
		assertEquals(0, after.exitCode(), after.out() + after.err());
		assertEquals("", after.out());
	}

	@Test
	void fileWithSyntaxErrorsIsNotTouched() throws Exception {
		String broken = "plan Demo \"x\" {\n  kind \n";
		Path plan = Files.writeString(dir.resolve("broken.plan"), broken);
		CliProcess.Result r = CliProcess.run(dir, "format", "broken.plan");
		assertEquals(1, r.exitCode());
		assertTrue(r.err().contains("broken.plan:"), r.err());
		assertTrue(r.err().contains(" error syntax.error: "), r.err());
		assertTrue(r.err().endsWith("plan: broken.plan: not formatted; fix the syntax errors first\n"), r.err());
		assertEquals(broken, Files.readString(plan));
	}
}
