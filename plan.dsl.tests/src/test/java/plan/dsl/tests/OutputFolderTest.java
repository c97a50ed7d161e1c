package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.dsl.generator.Html;
import plan.dsl.generator.OutputFolder;
import plan.dsl.headless.PlanInputException;

class OutputFolderTest {

	@TempDir
	Path dir;

	@Test
	void writesAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
		OutputFolder out = OutputFolder.open(dir.resolve("out"));
		Path file = out.writeString("a/plan.md", "# 方案\n");
		assertEquals("# 方案\n", Files.readString(file, StandardCharsets.UTF_8));
		try (Stream<Path> files = Files.walk(out.root())) {
			assertEquals(1, files.filter(Files::isRegularFile).count());
		}
	}

	@Test
	void failedWriteKeepsTheEarlierOutput() throws Exception {
		OutputFolder out = OutputFolder.open(dir);
		out.writeString("plan.html", "earlier");
		assertThrows(IOException.class, () -> out.write("plan.html", stream -> {
			stream.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("generator failed");
		}));
		assertEquals("earlier", Files.readString(dir.resolve("plan.html")));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "no .part file left behind");
		}
	}

	@Test
	void rewriteKeepsPermissionsAndNewFilesAreReadable() throws Exception {
		OutputFolder out = OutputFolder.open(dir);
		Path fresh = out.writeString("new.md", "x");
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
		Files.setPosixFilePermissions(fresh, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
		out.writeString("new.md", "y");
		assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
	}

	@Test
	void refusesPathsOutsideTheFolder() throws Exception {
		OutputFolder out = OutputFolder.open(dir.resolve("out"));
		assertThrows(IllegalArgumentException.class, () -> out.resolve("../escape.html"));
		assertThrows(IllegalArgumentException.class, () -> out.resolve("/etc/passwd"));
		assertThrows(IllegalArgumentException.class, () -> out.resolve("."));
	}

	@Test
	void safeNameKeepsOneSegment() {
		assertEquals("_._.._etc_passwd", OutputFolder.safeName("../../etc/passwd"));
		assertEquals("创先争优2026", OutputFolder.safeName("创先争优2026"));
		assertEquals("plan", OutputFolder.safeName(""));
		assertEquals("_hidden", OutputFolder.safeName(".hidden"));
	}

	@Test
	void outputFolderThatIsAFileIsAClearError() throws Exception {
		Path file = Files.writeString(dir.resolve("taken"), "x");
		PlanInputException e = assertThrows(PlanInputException.class, () -> OutputFolder.open(file));
		assertTrue(e.getMessage().endsWith("taken: is a file, not a folder; choose a folder for the outputs"),
				e.getMessage());
	}

	@Test
	void escapesMarkupSoNothingExecutes() {
		assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
		assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", Html.escape("\"><img src=x onerror=alert(1)>"));
		assertEquals("a &amp; b &#39;c&#39; “中文”", Html.escape("a & b 'c' “中文”"));
		assertEquals("x\uFFFDy", Html.escape("x\u0001y"));
	}
}
