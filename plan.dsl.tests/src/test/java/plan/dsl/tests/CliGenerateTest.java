package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan generate} run as a process: outputs written, plans with errors refused, bad output folders. */
class CliGenerateTest {

	@TempDir
	Path dir;

	private Path sharedExamples() {
		Path examples = CliProcess.sharedExamples();
		Assumptions.assumeTrue(Files.isDirectory(examples), "shared corpus not present");
		return examples;
	}

	@Test
	void writesEveryOutputOfACompletePlan() throws Exception {
		Path examples = sharedExamples();
		Path out = dir.resolve("out");
		CliProcess.Result r = CliProcess.run(examples, "generate", "cxzy-2026.plan", "-o", out.toString());
		assertEquals(0, r.exitCode(), r.out() + r.err());
		for (String name : List.of("CXZY2026.md", "CXZY2026.html", "CXZY2026.docx", "CXZY2026.json", "CXZY2026.ics",
				"CXZY2026.csv")) {
			assertTrue(Files.size(out.resolve(name)) > 0, name);
			assertTrue(r.out().contains("wrote " + out.resolve(name)), r.out());
		}
		assertTrue(Files.readString(out.resolve("CXZY2026.md")).contains("岗位技能比武"));
	}

	@Test
	void formatsSelectsOutputs() throws Exception {
		Path examples = sharedExamples();
		Path out = dir.resolve("out");
		CliProcess.Result r = CliProcess.run(examples, "generate", "volunteer-week.plan", "-o", out.toString(),
				"--formats", "md,csv", "-q");
		assertEquals(0, r.exitCode(), r.err());
		assertEquals("", r.out());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("VolunteerWeek.csv", "VolunteerWeek.md"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void refusesAPlanWithErrorsUnlessForced() throws Exception {
		Path examples = sharedExamples();
		Path out = dir.resolve("out");
		CliProcess.Result refused = CliProcess.run(examples, "generate", "invalid/broken-activity.plan", "-o",
				out.toString());
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains(
				"plan: not generating invalid/broken-activity.plan: it has 17 errors; fix them or use --force"),
				refused.err());
		assertFalse(Files.exists(out.resolve("Broken.md")));

		CliProcess.Result forced = CliProcess.run(examples, "generate", "invalid/broken-activity.plan", "-o",
				out.toString(), "--force", "--formats", "md");
		assertEquals(0, forced.exitCode(), forced.err());
		assertTrue(Files.exists(out.resolve("Broken.md")));
	}

	@Test
	void outputFolderThatIsAFileIsAUsageError() throws Exception {
		Path examples = sharedExamples();
		Path taken = Files.writeString(dir.resolve("taken"), "x");
		CliProcess.Result r = CliProcess.run(examples, "generate", "cxzy-2026.plan", "-o", taken.toString());
		assertEquals(2, r.exitCode());
		assertTrue(r.err().endsWith("taken: is a file, not a folder; choose a folder for the outputs\n"), r.err());
	}

	@Test
	void unknownFormatAndBadDateAreUsageErrors() throws Exception {
		Path examples = sharedExamples();
		CliProcess.Result format = CliProcess.run(examples, "generate", "cxzy-2026.plan", "-o", dir.toString(),
				"--formats", "pdf");
		assertEquals(2, format.exitCode());
		assertTrue(format.err().startsWith("plan: --formats: unknown format 'pdf'; choose from md,html,docx"),
				format.err());
		CliProcess.Result date = CliProcess.run(examples, "generate", "cxzy-2026.plan", "-o", dir.toString(),
				"--asof", "2026-02-30");
		assertEquals(2, date.exitCode());
		assertEquals("plan: --asof: '2026-02-30' is not a date; write it as yyyy-MM-dd\n", date.err());
	}

	@Test
	void outputsOfSeveralPlansStayInsideTheFolderInOneSubfolderEach() throws Exception {
		Path sources = Files.createDirectories(dir.resolve("src"));
		String plan = """
				plan %s "t" {
				    kind project
				    status draft
				    period from 2026-01-01 to 2026-12-31
				}
				""";
		Files.writeString(sources.resolve("a.plan"), plan.formatted("Same"));
		Files.writeString(sources.resolve("b.plan"), plan.formatted("Same"));
		Path out = dir.resolve("out");
		CliProcess.Result r = CliProcess.run(dir, "generate", "src", "-o", "out", "--formats", "md");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(Files.exists(out.resolve("src/a/Same.md")));
		assertTrue(Files.exists(out.resolve("src/b/Same.md")));
		try (Stream<Path> all = Files.walk(dir)) {
			assertTrue(all.filter(Files::isRegularFile).allMatch(p -> p.startsWith(sources) || p.startsWith(out)));
		}
	}
}
