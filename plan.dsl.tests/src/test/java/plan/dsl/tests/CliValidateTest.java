package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code plan validate} run as a process: exit codes, output formats, and user mistakes. */
class CliValidateTest {

	@TempDir
	Path dir;

	@Test
	void completePlanExitsZeroWithSummary() throws Exception {
		Path examples = CliProcess.sharedExamples();
		Assumptions.assumeTrue(Files.isDirectory(examples), "shared corpus not present");
		CliProcess.Result r = CliProcess.run(examples, "validate", "cxzy-2026.plan");
		assertEquals(0, r.exitCode(), r.out() + r.err());
		assertEquals("1 file checked: 0 errors, 0 warnings, 0 info.\n", r.out());
	}

	@Test
	void brokenPlanExitsOneAndJsonRowsAreSortedAndComplete() throws Exception {
		Path examples = CliProcess.sharedExamples();
		Assumptions.assumeTrue(Files.isDirectory(examples), "shared corpus not present");
		CliProcess.Result r = CliProcess.run(examples, "validate", "--format", "json", "invalid");
		assertEquals(1, r.exitCode(), r.err());
		JsonArray rows = JsonParser.parseString(r.out()).getAsJsonArray();
		assertTrue(rows.size() > 0);
		int previousLine = 0;
		for (var element : rows) {
			JsonObject row = element.getAsJsonObject();
			assertEquals("invalid/broken-activity.plan", row.get("file").getAsString());
			assertTrue(row.get("line").getAsInt() >= previousLine, "sorted by line");
			previousLine = row.get("line").getAsInt();
			assertTrue(row.get("column").getAsInt() >= 1);
			assertTrue(row.get("severity").getAsString().matches("error|warning|info"));
			assertTrue(row.get("code").getAsString().matches("[a-z]+(\\.[a-z-]+)+"), row.toString());
			assertTrue(!row.get("message").getAsString().isBlank());
		}
	}

	@Test
	void missingPathIsAUsageErrorWithOneClearLine() throws Exception {
		CliProcess.Result r = CliProcess.run(dir, "validate", "nothing.plan");
		assertEquals(2, r.exitCode());
		assertEquals("plan: nothing.plan: no such file or folder\n", r.err());
		assertEquals("", r.out());
	}

	@Test
	void folderWithoutPlansIsAUsageError() throws Exception {
		Files.createDirectories(dir.resolve("empty"));
		CliProcess.Result r = CliProcess.run(dir, "validate", "empty");
		assertEquals(2, r.exitCode());
		assertEquals("plan: empty: no .plan files in this folder\n", r.err());
	}

	@Test
	void invalidUtf8NamesFileAndLine() throws Exception {
		Files.write(dir.resolve("x.plan"), "plan X \"t\" {\n  theme \"\u00e9\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		CliProcess.Result r = CliProcess.run(dir, "validate", "x.plan");
		assertEquals(2, r.exitCode());
		assertEquals("plan: x.plan:2: is not valid UTF-8 (byte 0xE9); save the file with UTF-8 encoding\n", r.err());
	}

	@Test
	void binaryFileIsRefused() throws Exception {
		Files.write(dir.resolve("x.plan"), new byte[] { 'p', 'l', 'a', 'n', 0, 1, 2 });
		CliProcess.Result r = CliProcess.run(dir, "validate", "x.plan");
		assertEquals(2, r.exitCode());
		assertEquals("plan: x.plan:1: contains a NUL byte, so it is not a text file; a .plan file must be UTF-8 text\n",
				r.err());
	}

	@Test
	void byteOrderMarkIsAccepted() throws Exception {
		Path examples = CliProcess.sharedExamples();
		Assumptions.assumeTrue(Files.isDirectory(examples), "shared corpus not present");
		byte[] plan = Files.readAllBytes(examples.resolve("cxzy-2026.plan"));
		byte[] withBom = new byte[plan.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(plan, 0, withBom, 3, plan.length);
		Files.write(dir.resolve("bom.plan"), withBom);
		CliProcess.Result r = CliProcess.run(dir, "validate", "bom.plan");
		assertEquals(0, r.exitCode(), r.out() + r.err());
	}

	@Test
	void noCommandIsAUsageError() throws Exception {
		CliProcess.Result r = CliProcess.run(dir);
		assertEquals(2, r.exitCode());
		assertTrue(r.err().startsWith("plan: Missing command"), r.err());
	}
}
