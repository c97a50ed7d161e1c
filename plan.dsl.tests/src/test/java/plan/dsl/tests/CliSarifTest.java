package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import plan.dsl.validation.PlanIssueCodes;

/**
 * {@code plan validate --format sarif} and {@code --format json} on the shared corpus's broken plan: the SARIF log
 * conforms to the SARIF 2.1.0 schema, and both outputs report every fault the plan's {@code // expect:} comments
 * name, on its line, with its severity and code.
 * <p>
 * The schema is {@code sarif-2.1.0-rtm.5.json} from the npm package {@code @microsoft/jest-sarif} 1.0.0-beta.0
 * (MIT): the final 2.1.0 schema as published on SchemaStore, the copy found in a registry package.
 */
class CliSarifTest {

	private static final String BROKEN = "invalid/broken-activity.plan";

	private static Path examples;
	private static ExpectedDiagnostics expected;

	@TempDir
	Path dir;

	@BeforeAll
	static void corpus() throws IOException {
		examples = CliProcess.sharedExamples();
		Assumptions.assumeTrue(Files.isDirectory(examples), "shared corpus not present");
		expected = ExpectedDiagnostics.parse(Files.readString(examples.resolve(BROKEN), StandardCharsets.UTF_8));
	}

	@Test
	void sarifConformsToTheSchema() throws Exception {
		CliProcess.Result r = CliProcess.run(examples, "validate", "--format", "sarif", "invalid");
		assertEquals(1, r.exitCode(), r.err());
		List<String> errors = schema().validate(r.out(), InputFormat.JSON,
				context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
				.stream().map(Object::toString).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void schemaRejectsWhatSarifForbids() throws Exception {
		// guards against a schema that silently accepts everything
		assertFalse(schema().validate("{\"runs\": []}", InputFormat.JSON).isEmpty(), "version is required");
		assertFalse(schema().validate("""
				{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "plan"}},
				  "results": [{"message": {"text": "m"}, "level": "info"}]}]}
				""", InputFormat.JSON).isEmpty(), "info is no SARIF level");
	}

	@Test
	void sarifHasOneRulePerCodeAndReportsWhatThePlanExpects() throws Exception {
		CliProcess.Result r = CliProcess.run(examples, "validate", "--format", "sarif", BROKEN);
		JsonObject log = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString());
		JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("plan", driver.get("name").getAsString());
		List<String> ruleIds = new ArrayList<>();
		for (JsonElement rule : driver.getAsJsonArray("rules")) {
			ruleIds.add(rule.getAsJsonObject().get("id").getAsString());
			assertFalse(rule.getAsJsonObject().getAsJsonObject("shortDescription").get("text").getAsString().isBlank());
		}
		assertEquals(PlanIssueCodes.ALL, ruleIds);

		List<ExpectedDiagnostics.Diagnostic> reported = new ArrayList<>();
		for (JsonElement element : run.getAsJsonArray("results")) {
			JsonObject result = element.getAsJsonObject();
			String code = result.get("ruleId").getAsString();
			assertEquals(PlanIssueCodes.ALL.indexOf(code), result.get("ruleIndex").getAsInt());
			JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
					.getAsJsonObject("physicalLocation");
			assertEquals(BROKEN, physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
			JsonObject region = physical.getAsJsonObject("region");
			assertTrue(region.get("startColumn").getAsInt() >= 1, result.toString());
			String message = result.getAsJsonObject("message").get("text").getAsString();
			assertFalse(message.isBlank());
			String level = result.get("level").getAsString();
			// SARIF calls an info a note
			String severity = level.equals("note") ? "info" : level;
			reported.add(new ExpectedDiagnostics.Diagnostic(region.get("startLine").getAsInt(), severity, code, message));
		}
		assertMatchesExpectations(reported);
	}

	@Test
	void jsonReportsWhatThePlanExpectsFieldByField() throws Exception {
		CliProcess.Result r = CliProcess.run(examples, "validate", "--format", "json", BROKEN);
		assertEquals(1, r.exitCode(), r.err());
		List<ExpectedDiagnostics.Diagnostic> reported = new ArrayList<>();
		for (JsonElement element : JsonParser.parseString(r.out()).getAsJsonArray()) {
			JsonObject row = element.getAsJsonObject();
			assertEquals(BROKEN, row.get("file").getAsString());
			assertTrue(row.get("column").getAsInt() >= 1, row.toString());
			assertFalse(row.get("message").getAsString().isBlank());
			reported.add(new ExpectedDiagnostics.Diagnostic(row.get("line").getAsInt(),
					row.get("severity").getAsString(), row.get("code").getAsString(),
					row.get("message").getAsString()));
		}
		assertMatchesExpectations(reported);
	}

	/**
	 * {@code --format json} of each corpus file alone, row by row: exactly the six fields, the path as given, positions
	 * from 1, a known severity and code, rows in order, the exit code that the severities call for; and exactly the
	 * diagnostics the file's comments name (a file under {@code invalid/} names its faults, not every consequence).
	 */
	@ParameterizedTest
	@MethodSource("corpusFiles")
	void jsonOfEveryCorpusFileIsExactlyWhatItsCommentsSay(Path file) throws Exception {
		boolean invalid = file.getParent().getFileName().toString().equals("invalid");
		Path workingDir = invalid ? file.getParent().getParent() : file.getParent();
		String given = workingDir.relativize(file).toString();
		CliProcess.Result r = CliProcess.run(workingDir, "validate", "--format", "json", given);
		List<ExpectedDiagnostics.Diagnostic> reported = new ArrayList<>();
		int[] previous = { 0, 0 };
		boolean errors = false;
		for (JsonElement element : JsonParser.parseString(r.out()).getAsJsonArray()) {
			JsonObject row = element.getAsJsonObject();
			assertEquals(Set.of("file", "line", "column", "severity", "code", "message"), row.keySet(), row.toString());
			assertEquals(given, row.get("file").getAsString());
			int line = row.get("line").getAsInt();
			int column = row.get("column").getAsInt();
			assertTrue(line >= 1 && column >= 1, row.toString());
			assertTrue(line > previous[0] || line == previous[0] && column >= previous[1], "sorted: " + row);
			previous[0] = line;
			previous[1] = column;
			String severity = row.get("severity").getAsString();
			assertTrue(List.of("error", "warning", "info").contains(severity), row.toString());
			String code = row.get("code").getAsString();
			assertTrue(PlanIssueCodes.ALL.contains(code) || code.equals("syntax.error"), row.toString());
			assertFalse(row.get("message").getAsString().isBlank(), row.toString());
			errors |= severity.equals("error");
			reported.add(new ExpectedDiagnostics.Diagnostic(line, severity, code, row.get("message").getAsString()));
		}
		assertEquals(errors ? 1 : 0, r.exitCode(), r.err());
		ExpectedDiagnostics expectations = ExpectedDiagnostics.parse(Files.readString(file, StandardCharsets.UTF_8));
		assertEquals(List.of(), expectations.unmatched(reported), () -> "reported:\n" + ExpectedDiagnostics.describe(reported));
		if (!invalid) {
			assertEquals(List.of(), expectations.unexpected(reported), given + " reports more than its comments say");
		}
	}

	static List<Path> corpusFiles() {
		List<Path> files = new ArrayList<>(DataPlans.corpus());
		files.add(CliProcess.sharedExamples().resolve(BROKEN));
		return files;
	}

	@Test
	void cleanPlanGivesAValidLogWithNoResults() throws Exception {
		CliProcess.Result r = CliProcess.run(examples, "validate", "--format", "sarif", "cxzy-2026.plan");
		assertEquals(0, r.exitCode(), r.err());
		JsonArray results = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
				.getAsJsonObject().getAsJsonArray("results");
		assertEquals(0, results.size());
		assertTrue(schema().validate(r.out(), InputFormat.JSON).isEmpty());
	}

	@Test
	void pathWithSpacesAndChineseIsAUriReference() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("年度 计划"));
		Files.writeString(folder.resolve("a.plan"), "plan A \"t\" {\n    kind project\n}\n");
		CliProcess.Result r = CliProcess.run(dir, "validate", "--format", "sarif", "年度 计划/a.plan");
		List<String> errors = schema().validate(r.out(), InputFormat.JSON,
				context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
				.stream().map(Object::toString).toList();
		assertEquals(List.of(), errors);
		assertTrue(r.out().contains("\"uri\": \"%E5%B9%B4%E5%BA%A6%20%E8%AE%A1%E5%88%92/a.plan\""), r.out());
	}

	/**
	 * Every annotated fault is reported on its line with its severity and code. As in {@code CorpusTest}, the
	 * annotations of a file under {@code invalid/} name its faults, not every consequence (a cycle is reported on
	 * each of its projects), so further diagnostics are allowed.
	 */
	private static void assertMatchesExpectations(List<ExpectedDiagnostics.Diagnostic> reported) {
		assertFalse(expected.expected().isEmpty());
		assertEquals(List.of(), expected.unmatched(reported), () -> "reported:\n" + ExpectedDiagnostics.describe(reported));
	}

	private static Schema schema() throws IOException {
		try (InputStream in = CliSarifTest.class.getResourceAsStream("/sarif-2.1.0-rtm.5.json")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(text, InputFormat.JSON);
		}
	}
}
