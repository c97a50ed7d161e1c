package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan generate} over several plans writes the portfolio index with links and cross-plan alignment. */
class CliPortfolioTest {

	@TempDir
	Path dir;

	@Test
	void indexListsPlansLinksOutputsAndShowsAlignment() throws Exception {
		Path src = Files.createDirectories(dir.resolve("src"));
		Files.writeString(src.resolve("a.plan"), """
				plan A "<script>alert(1)</script>总体方案" {
				    kind project
				    status draft
				    period from 2026-01-01 to 2026-12-31
				    goal G1 "提升服务" {
				        due 2026-06-30
				    }
				}
				""");
		Files.writeString(src.resolve("b.plan"), """
				plan B "分项方案" {
				    kind project
				    status draft
				    period from 2026-01-01 to 2026-12-31
				    project X "窗口改造" {
				        from 2026-02-01 to 2026-03-01
				        supports A.G1
				    }
				}
				""");
		CliProcess.Result r = CliProcess.run(dir, "generate", "src", "-o", "out", "--formats", "md,html");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().endsWith("wrote out/index.html\n"), r.out());
		String index = Files.readString(dir.resolve("out/index.html"));
		assertTrue(index.contains("<h1>计划总览</h1>"), index);
		assertTrue(index.contains("<a href=\"src/a/A.md\">A.md</a>"), index);
		assertTrue(index.contains("<a href=\"src/b/B.html\">B.html</a>"), index);
		assertTrue(index.contains("<td>B.X “窗口改造”</td><td>A.G1 “提升服务”</td>"), index);
		assertTrue(index.contains("&lt;script&gt;alert(1)&lt;/script&gt;总体方案"), index);
		assertFalse(index.contains("<script>"), "plan text is never markup");
		assertTrue(Files.exists(dir.resolve("out/src/b/B.md")));
	}

	/** A draft may lack its kind (a warning, not an error): the portfolio lists it with that cell empty (fuzz finding). */
	@Test
	void aPlanWithoutKindIsListedWithItsKindCellEmpty() throws Exception {
		Files.writeString(dir.resolve("a.plan"), "plan A \"a\" {\n    status draft\n}\n");
		Files.writeString(dir.resolve("b.plan"), "plan B \"b\" {\n    kind project\n    status draft\n}\n");
		CliProcess.Result r = CliProcess.run(dir, "generate", "a.plan", "b.plan", "-o", "out", "--formats", "md");
		assertEquals(0, r.exitCode(), r.err());
		assertFalse(r.err().contains("internal error"), r.err());
		String index = Files.readString(dir.resolve("out/index.html"));
		assertTrue(index.contains("A · a.plan</td><td></td><td>draft</td>"), index);
		assertTrue(index.contains("B · b.plan</td><td>project</td><td>draft</td>"), index);
	}
}
