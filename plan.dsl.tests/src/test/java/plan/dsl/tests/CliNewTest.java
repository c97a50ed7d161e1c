package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** {@code plan new}: a skeleton that parses, whose only diagnostics are its placeholders', and never overwrites. */
class CliNewTest {

	private static final Set<String> GOAL_PLACEHOLDERS = Set.of("smart.achievable", "smart.measurable",
			"smart.relevant", "smart.specific");

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource({ "activity, zh", "activity, en", "annual, zh", "annual, en", "project, zh", "project, en" })
	void skeletonParsesAndOnlyItsPlaceholdersAreFlagged(String kind, String lang) throws Exception {
		CliProcess.Result created = CliProcess.run(dir, "new", "--kind", kind, "--lang", lang, "Plan1");
		assertEquals(0, created.exitCode(), created.err());
		assertEquals("Plan1.plan\n", created.out());
		String text = Files.readString(dir.resolve("Plan1.plan"));
		assertTrue(text.startsWith(lang.equals("zh") ? "方案 Plan1 " : "plan Plan1 "), text);

		CliProcess.Result validated = CliProcess.run(dir, "validate", "--format", "json", "Plan1.plan");
		Set<String> codes = new TreeSet<>();
		Set<Integer> placeholderLines = new TreeSet<>();
		for (JsonElement row : JsonParser.parseString(validated.out()).getAsJsonArray()) {
			// placeholders are what the author still has to write: warnings in a draft, never errors
			assertEquals("warning", row.getAsJsonObject().get("severity").getAsString(), row.toString());
			String code = row.getAsJsonObject().get("code").getAsString();
			codes.add(code);
			if (code.equals("placeholder.unfilled")) {
				placeholderLines.add(row.getAsJsonObject().get("line").getAsInt());
			}
		}
		assertEquals(0, validated.exitCode(), validated.out() + validated.err());
		assertEquals(new TreeSet<>(expectedCodes(kind)), codes, text);
		assertEquals(linesWithPlaceholders(text), placeholderLines, text);

		// the skeleton is already in canonical layout
		CliProcess.Result check = CliProcess.run(dir, "format", "--check", "Plan1.plan");
		assertEquals(new CliProcess.Result(0, "", ""), check);
	}

	@Test
	void annualSkeletonHasAnIndividualGoalAndAFeaturedIntegratingProjectWithAnOwner() throws Exception {
		assertEquals(0, CliProcess.run(dir, "new", "--kind", "annual", "--lang", "zh", "Y").exitCode());
		String zh = Files.readString(dir.resolve("Y.plan"));
		assertTrue(zh.contains("""
				    目标 G2 "（请填写个人目标名称）" {
				        层级 个人
				"""), zh);
		assertTrue(zh.contains("""
				    项目 A1 "（请填写项目名称）" {
				        负责人 待定负责人
				        自 2027-01-01 至 2027-12-31
				""".replace("2027", String.valueOf(LocalDate.now().getYear() + 1))), zh);
		assertTrue(zh.contains("""
				        特色
				        融合 "（请写明所服务的业务工作）"
				    }
				"""), zh);

		assertEquals(0, CliProcess.run(dir, "new", "--kind", "annual", "--lang", "en", "Z").exitCode());
		String en = Files.readString(dir.resolve("Z.plan"));
		assertTrue(en.contains("""
				    goal G2 "(name the individual goal)" {
				        level individual
				"""), en);
		assertTrue(en.contains("""
				        owner LeaderTBD
				"""), en);
		assertTrue(en.contains("""
				        featured
				        integrates "(the business work it serves)"
				    }
				"""), en);
	}

	/** Every line that holds a quoted placeholder or declares a placeholder person or channel (1-based). */
	private static Set<Integer> linesWithPlaceholders(String text) {
		Set<Integer> lines = new TreeSet<>();
		String[] all = text.split("\n");
		for (int i = 0; i < all.length; i++) {
			String line = all[i];
			if (line.contains("\"（") || line.contains("\"(") || line.matches("\\s*(person|成员) .*")
					|| line.matches(".* (via|渠道) .*")) {
				lines.add(i + 1);
			}
		}
		return lines;
	}

	@Test
	void existingFileIsNeverOverwritten() throws Exception {
		assertEquals(0, CliProcess.run(dir, "new", "--kind", "project", "P").exitCode());
		Path file = dir.resolve("P.plan");
		Files.writeString(file, "mine");
		CliProcess.Result again = CliProcess.run(dir, "new", "--kind", "activity", "P");
		assertEquals(2, again.exitCode());
		assertEquals("plan: P.plan: already exists; choose another name or move the file away\n", again.err());
		assertEquals("mine", Files.readString(file));
	}

	@Test
	void nameThatIsNoIdentifierIsAUsageError() throws Exception {
		CliProcess.Result r = CliProcess.run(dir, "new", "--kind", "project", "9 lives");
		assertEquals(2, r.exitCode());
		assertTrue(r.err().startsWith("plan: 9 lives: not a plan name"), r.err());
		assertTrue(Files.notExists(dir.resolve("9 lives.plan")));
	}

	/**
	 * The placeholders themselves, the goals' missing owner, measure and links and their short specific, and the
	 * activity's vague criterion; nothing about a missing section or an annual plan's content dimensions.
	 */
	private static Set<String> expectedCodes(String kind) {
		Set<String> codes = new TreeSet<>(GOAL_PLACEHOLDERS);
		codes.add("placeholder.unfilled");
		if (kind.equals("activity")) {
			codes.add("criteria.vague-description");
		}
		return codes;
	}
}
