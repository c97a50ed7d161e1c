package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Hostile files given to the real command line, each answered with a specific, clear message or the exact right
 * result. Covered elsewhere: a NUL byte and invalid UTF-8 ({@link CliValidateTest}, {@link FuzzParseValidateTest}),
 * scripts and markup in every string field ({@link DocumentEscapingTest}, {@link DashboardEscapingTest}, the data
 * export tests, {@link CliPortfolioTest}), plan names that are not a safe file name ({@link OutputFolderTest}).
 */
class HostileInputTest {

	/** A draft plan with an unresolved owner on line 9, column 15 (every other line is clean). */
	private static final String PLAN_WITH_ONE_ERROR = """
			plan Hostile "t" {
			    kind project
			    status draft
			    period from 2026-01-01 to 2026-12-31
			    team {
			        person P1 "Lead" role leader
			    }
			    project A "a" {
			        owner Nobody
			        from 2026-01-01 to 2026-02-01
			    }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void fiftyMegabytePlanIsRefusedWithItsSizeBeforeItIsRead() throws Exception {
		Path big = dir.resolve("big.plan");
		writeProjects(big, 50L * 1024 * 1024);
		// 64 MB of heap could not hold the file, let alone its parse: the answer comes without reading it
		CliProcess.Result r = CliProcess.runWithJvmOptions(dir, List.of("-Xmx64m"), "validate", "big.plan");
		assertEquals(2, r.exitCode(), r.err());
		assertEquals("plan: big.plan: is 50.0 MB, more than the 20 MB a plan file may hold; split it into several "
				+ "plans (give plan the folder: its plans are checked together and may refer to each other)\n", r.err());
		assertEquals("", r.out());
	}

	@Test
	void plansLargerThanTheHeapGetAClearMessageNotAStackTrace() throws Exception {
		writeProjects(dir.resolve("large.plan"), 12L * 1024 * 1024);
		CliProcess.Result r = CliProcess.runWithJvmOptions(dir, List.of("-Xmx96m", "-XX:+UseSerialGC"), "validate",
				"large.plan");
		assertEquals(2, r.exitCode(), r.err());
		assertEquals("plan: not enough memory for these plans; give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g, or check "
				+ "fewer files at once\n", r.err());
	}

	@Test
	void tenThousandNestedCommentOpenersAreOneComment() throws Exception {
		// block comments do not nest: the first */ ends the comment, however many /* it holds
		String comment = "/* " + "/* ".repeat(10_000) + "*/\n";
		Files.writeString(dir.resolve("nested.plan"), comment + PLAN_WITH_ONE_ERROR);
		CliProcess.Result r = CliProcess.run(dir, "validate", "nested.plan");
		assertEquals(1, r.exitCode(), r.err());
		assertTrue(r.out().contains("\nnested.plan:10:15: error reference.unresolved: "), r.out());
		assertTrue(r.out().endsWith("1 file checked: 1 error, 1 warning, 0 info.\n"), r.out());
	}

	@Test
	void tenThousandNestedBracesAreSyntaxErrorsNotACrash() throws Exception {
		String nested = "plan Deep \"t\" {\n    kind project\n" + "{".repeat(10_000) + "}".repeat(10_000) + "\n}\n";
		Files.writeString(dir.resolve("deep.plan"), nested);
		CliProcess.Result r = CliProcess.run(dir, "validate", "--format", "json", "deep.plan");
		assertEquals(1, r.exitCode(), r.err());
		assertEquals("", r.err());
		List<JsonObject> errors = rows(r.out()).stream().filter(row -> row.get("severity").getAsString().equals("error"))
				.toList();
		assertEquals(1, errors.size(), r.out());
		assertEquals(3, errors.get(0).get("line").getAsInt());
		assertEquals(1, errors.get(0).get("column").getAsInt());
		assertEquals("syntax.error", errors.get(0).get("code").getAsString());
		assertEquals("mismatched input '{' expecting '}'", errors.get(0).get("message").getAsString());
		CliProcess.Result format = CliProcess.run(dir, "format", "deep.plan");
		assertTrue(format.err().endsWith("plan: deep.plan: not formatted; fix the syntax errors first\n"), format.err());
		assertEquals(nested, Files.readString(dir.resolve("deep.plan")));
	}

	@Test
	void tenThousandLevelsOfQuotesInAStringComeOutUnchanged() throws Exception {
		String quotes = "「『".repeat(5_000) + "\\\"".repeat(10_000) + "』」".repeat(5_000);
		String title = "「『".repeat(5_000) + "\"".repeat(10_000) + "』」".repeat(5_000);
		Files.writeString(dir.resolve("quotes.plan"), PLAN_WITH_ONE_ERROR.replace("project A \"a\"",
				"project A \"" + quotes + "\"").replace("owner Nobody", "owner P1"));
		CliProcess.Result r = CliProcess.run(dir, "generate", "quotes.plan", "-o", "out", "--formats", "json");
		assertEquals(0, r.exitCode(), r.err());
		JsonObject plan = JsonParser.parseString(Files.readString(dir.resolve("out/Hostile.json"))).getAsJsonObject()
				.getAsJsonObject("plan");
		assertEquals(title, plan.getAsJsonArray("projects").get(0).getAsJsonObject().get("title").getAsString());
	}

	@Test
	void crlfAndCrLineEndingsGiveTheSameLinesAndColumnsAsLf() throws Exception {
		Files.writeString(dir.resolve("lf.plan"), PLAN_WITH_ONE_ERROR);
		Files.writeString(dir.resolve("crlf.plan"), PLAN_WITH_ONE_ERROR.replace("\n", "\r\n"));
		Files.writeString(dir.resolve("cr.plan"), PLAN_WITH_ONE_ERROR.replace("\n", "\r"));
		CliProcess.Result lf = CliProcess.run(dir, "validate", "lf.plan");
		assertTrue(lf.out().contains("\nlf.plan:9:15: error reference.unresolved: "), lf.out());
		for (String file : List.of("crlf.plan", "cr.plan")) {
			CliProcess.Result r = CliProcess.run(dir, "validate", file);
			assertEquals(1, r.exitCode(), r.err());
			assertEquals(lf.out().replace("lf.plan:", file + ":"), r.out(), file);
		}
	}

	/** A line comment ends at a lone CR as at LF or CRLF: a whole CR file with comments parsed as one long comment. */
	@Test
	void lineCommentsEndAtEveryKindOfLineEnding() throws Exception {
		String commented = "// a plan with comments\n" + PLAN_WITH_ONE_ERROR.replace("    kind project\n",
				"    kind project // the kind\n");
		Files.writeString(dir.resolve("lf.plan"), commented);
		Files.writeString(dir.resolve("crlf.plan"), commented.replace("\n", "\r\n"));
		Files.writeString(dir.resolve("cr.plan"), commented.replace("\n", "\r"));
		CliProcess.Result lf = CliProcess.run(dir, "validate", "lf.plan");
		assertTrue(lf.out().contains("\nlf.plan:10:15: error reference.unresolved: "), lf.out());
		for (String file : List.of("crlf.plan", "cr.plan")) {
			CliProcess.Result r = CliProcess.run(dir, "validate", file);
			assertEquals(lf.out().replace("lf.plan:", file + ":"), r.out(), file);
		}
	}

	/**
	 * A plan cut off after a line that ends in a lone CR: its syntax error sits at the very end, where Xtext's line
	 * computation read past the text; that dropped every diagnostic of the file and printed a stack trace (a fuzz find).
	 */
	@Test
	void aPlanCutOffAfterALoneCrReportsEveryProblemAsWithLf() throws Exception {
		String cutOff = PLAN_WITH_ONE_ERROR.substring(0, PLAN_WITH_ONE_ERROR.lastIndexOf('}'));
		Files.writeString(dir.resolve("lf.plan"), cutOff);
		Files.writeString(dir.resolve("cr.plan"), cutOff.replace("\n", "\r"));
		CliProcess.Result lf = CliProcess.run(dir, "validate", "lf.plan");
		assertTrue(lf.out().contains("\nlf.plan:11:6: error syntax.error: "), lf.out());
		CliProcess.Result cr = CliProcess.run(dir, "validate", "cr.plan");
		assertEquals(1, cr.exitCode(), cr.err());
		assertEquals(lf.out().replace("lf.plan:", "cr.plan:"), cr.out());
		assertEquals(lf.err().replace("lf.plan", "cr.plan"), cr.err());
	}

	@Test
	void byteOrderMarkDoesNotShiftColumns() throws Exception {
		byte[] text = PLAN_WITH_ONE_ERROR.replace("plan Hostile \"t\" {", "plan Hostile \"t\" { owner Nobody")
				.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(dir.resolve("bom.plan"), withBom);
		CliProcess.Result r = CliProcess.run(dir, "validate", "--format", "json", "bom.plan");
		JsonObject syntaxError = rows(r.out()).stream().filter(row -> row.get("code").getAsString().equals("syntax.error"))
				.findFirst().orElseThrow();
		// 'owner' starts in column 20 of line 1: the three bytes of the mark are not counted
		assertEquals(1, syntaxError.get("line").getAsInt(), r.out());
		assertEquals(20, syntaxError.get("column").getAsInt(), r.out());
	}

	@Test
	void namesAndTextsInEveryScriptDirectionAndCombinationComeOutUnchanged() throws Exception {
		// Hebrew and Arabic names (right to left), a combining accent in a name; texts with emoji, a ZWJ family, a
		// right-to-left override and combining marks
		String title = "תוכנית 🎉 مرحبا Cafe\u202Etxt.exe 👨\u200D👩\u200D👧 e\u0301";
		String plan = """
				plan שלום "%s" {
				    kind project
				    status draft
				    period from 2026-01-01 to 2026-12-31
				    team {
				        person مريم "רכזת 😀" role leader
				        person Cafe\u0301 "combining" role member
				    }
				    project עבודה "Ünïcödé 🚀 עברית" {
				        owner Cafe\u0301
				        from 2026-01-01 to 2026-02-01
				        deliverable "📦 تسليم" after Nobody
				    }
				}
				""".formatted(title);
		Files.writeString(dir.resolve("unicode.plan"), plan);
		CliProcess.Result validate = CliProcess.run(dir, "validate", "--format", "json", "unicode.plan");
		JsonObject unresolved = rows(validate.out()).stream()
				.filter(row -> row.get("code").getAsString().equals("reference.unresolved")).findFirst().orElseThrow();
		// columns count UTF-16 code units, as the SARIF output declares (columnKind) and LSP editors count: the emoji
		// is two, each Arabic letter one
		assertEquals(12, unresolved.get("line").getAsInt(), validate.out());
		assertEquals(38, unresolved.get("column").getAsInt(), validate.out());

		Files.writeString(dir.resolve("unicode.plan"), plan.replace(" after Nobody", ""));
		CliProcess.Result r = CliProcess.run(dir, "generate", "unicode.plan", "-o", "out", "--formats", "json,md");
		assertEquals(0, r.exitCode(), r.err());
		JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("out/שלום.json"))).getAsJsonObject()
				.getAsJsonObject("plan");
		assertEquals("שלום", json.get("name").getAsString());
		assertEquals(title, json.get("title").getAsString());
		JsonObject project = json.getAsJsonArray("projects").get(0).getAsJsonObject();
		assertEquals("עבודה", project.get("name").getAsString());
		assertEquals("Ünïcödé 🚀 עברית", project.get("title").getAsString());
		assertTrue(Files.readString(dir.resolve("out/שלום.md")).contains(title));
	}

	@Test
	void anEmojiInANameIsASyntaxErrorThatShowsTheEmojiAndSaysWhereItMayGo() throws Exception {
		Files.writeString(dir.resolve("emoji.plan"), "plan P😀 \"t\" {\n    kind project\n}\n");
		CliProcess.Result r = CliProcess.run(dir, "validate", "emoji.plan");
		assertEquals(1, r.exitCode(), r.err());
		assertTrue(r.out().contains("\nemoji.plan:1:7: error syntax.error: mismatched input '😀' expecting a quoted text "
				+ "\"…\"; a name holds only letters, digits and _, so write 😀 inside a quoted text\n"), r.out());
	}

	@Test
	void outputsNeverLeaveTheOutputFolderWhateverThePathsAndLinks() throws Exception {
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("a.plan"), PLAN_WITH_ONE_ERROR.replace("owner Nobody", "owner P1"));
		Path work = Files.createDirectories(dir.resolve("work"));
		Files.writeString(work.resolve("b.plan"), PLAN_WITH_ONE_ERROR.replace("owner Nobody", "owner P1"));
		// a file outside, and a link to it planted where an output will be written
		Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
		Path out = Files.createDirectories(work.resolve("out"));
		Files.createDirectories(out.resolve("work/b"));
		Files.createSymbolicLink(out.resolve("work/b/Hostile.md"), victim);
		CliProcess.Result r = CliProcess.run(work, "generate", "../elsewhere/a.plan", "./../work/b.plan", "-o", "out",
				"--formats", "md");
		assertEquals(0, r.exitCode(), r.err());
		assertEquals("keep me", Files.readString(victim), "the link is replaced, never written through");
		assertFalse(Files.isSymbolicLink(out.resolve("work/b/Hostile.md")));
		try (Stream<Path> all = Files.walk(dir)) {
			assertEquals(List.of(elsewhere.resolve("a.plan"), dir.resolve("victim.txt"), work.resolve("b.plan"),
					out.resolve("elsewhere/a/Hostile.md"), out.resolve("index.html"), out.resolve("work/b/Hostile.md")),
					all.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList());
		}
	}

	private static List<JsonObject> rows(String json) {
		JsonArray rows = JsonParser.parseString(json).getAsJsonArray();
		return rows.asList().stream().map(row -> row.getAsJsonObject()).toList();
	}

	/** Writes a plan of about {@code bytes} bytes: many small, complete projects. */
	private static void writeProjects(Path file, long bytes) throws IOException {
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
			long written = 0;
			byte[] head = "plan Big \"大计划\" {\n    kind project\n    status draft\n    period from 2026-01-01 to 2026-12-31\n    team {\n        person P1 \"张伟\" role leader\n    }\n"
					.getBytes(StandardCharsets.UTF_8);
			out.write(head);
			written += head.length;
			for (int i = 0; written < bytes; i++) {
				byte[] project = ("    project X" + i + " \"项目" + i + "的标题\" {\n        owner P1\n        from 2026-01-01 to 2026-06-30\n        deliverable \"交付物" + i + "\"\n    }\n")
						.getBytes(StandardCharsets.UTF_8);
				out.write(project);
				written += project.length;
			}
			out.write("}\n".getBytes(StandardCharsets.UTF_8));
		}
	}
}
