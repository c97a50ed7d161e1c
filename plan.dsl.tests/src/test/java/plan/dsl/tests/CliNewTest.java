package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
		for (JsonElement row : JsonParser.parseString(validated.out()).getAsJsonArray()) {
			// placeholders are what the author still has to write: warnings in a draft, never errors
			assertEquals("warning", row.getAsJsonObject().get("severity").getAsString(), row.toString());
			codes.add(row.getAsJsonObject().get("code").getAsString());
		}
		assertEquals(0, validated.exitCode(), validated.out() + validated.err());
		assertEquals(new TreeSet<>(expectedCodes(kind)), codes, text);
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

	/** The goal's missing owner, measure and links and its short specific, plus what each kind adds. */
	private static Set<String> expectedCodes(String kind) {
		Set<String> codes = new TreeSet<>(GOAL_PLACEHOLDERS);
		switch (kind) {
		case "activity" -> codes.add("criteria.vague-description");
		case "annual" -> codes.addAll(Set.of("annual.featured-count", "annual.no-individual-goal",
				"annual.no-integration", "annual.project-incomplete"));
		default -> {
		}
		}
		return codes;
	}
}
