package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

import plan.dsl.facts.Completeness;
import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.SmartGap;
import plan.dsl.facts.SmartQuality;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.data.JsonExport;
import plan.dsl.plan.PlanPackage;

/** {@code <Name>.json}: content, conformance to docs/plan.schema.json, and escaping. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DataJsonExportTest {

	@Inject
	DataPlans plans;

	@TempDir
	Path dir;

	static Stream<Path> corpus() {
		return DataPlans.corpus().stream();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void everyCompleteCorpusPlanConformsToTheSchema(Path file) throws Exception {
		PlanFacts facts = plans.facts(file);
		String json = write(facts);
		assertEquals(List.of(), DataSchema.errors(json), file.getFileName().toString());
		JsonObject plan = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("plan");
		assertEquals(facts.plan().getName(), plan.get("name").getAsString());
		assertEquals(facts.plan().getProjects().size(), plan.getAsJsonArray("projects").size());
		JsonObject completeness = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("facts")
				.getAsJsonObject("completeness");
		assertEquals(100, completeness.get("percent").getAsInt(), "a complete plan: " + completeness);
	}

	@Test
	void exportCarriesTheResolvedModelWithTypedValues() throws Exception {
		JsonObject root = JsonParser.parseString(write(plans.corpusPlan("cxzy-2026.plan"))).getAsJsonObject();
		JsonObject plan = root.getAsJsonObject("plan");
		assertEquals("2026年度“创先争优”活动方案", plan.get("title").getAsString());
		assertEquals("activity", plan.get("kind").getAsString());
		assertEquals("approved", plan.get("status").getAsString());
		assertEquals("2026-03-01", plan.getAsJsonObject("period").get("from").getAsString());
		assertEquals("2026-12-31", plan.getAsJsonObject("period").get("to").getAsString());

		JsonObject g1 = plan.getAsJsonArray("goals").get(0).getAsJsonObject();
		assertEquals("李娜", g1.get("owner").getAsString());
		assertEquals("[\"C1\"]", g1.get("addresses").toString());
		JsonObject measure = g1.getAsJsonObject("measure");
		assertTrue(measure.getAsJsonObject("baseline").get("value").getAsJsonPrimitive().isNumber());
		assertEquals("5.2", measure.getAsJsonObject("baseline").get("value").getAsString());
		assertEquals("%", measure.getAsJsonObject("target").get("unit").getAsString());
		assertEquals("2026-11-30", g1.get("due").getAsString());

		JsonArray projects = plan.getAsJsonArray("projects");
		assertEquals(List.of("A1", "A2", "A3"), names(projects));
		JsonObject a1 = projects.get(0).getAsJsonObject();
		assertEquals("P2", a1.get("during").getAsString());
		assertFalse(a1.has("range"), "A1 is dated by its phase; effective dates are facts");
		assertEquals(30000, a1.getAsJsonObject("budget").get("amount").getAsInt());
		assertEquals("CNY", a1.getAsJsonObject("budget").get("currency").getAsString());
		JsonObject a3 = projects.get(2).getAsJsonObject();
		assertEquals("[\"A2\"]", a3.get("after").toString());
		assertEquals("宣传组", a3.get("owner").getAsString());
		assertEquals(List.of("G1", "G2"), names(a3.getAsJsonArray("supports")));
		assertTrue(projects.get(1).getAsJsonObject().get("featured").getAsBoolean());
		assertFalse(a1.get("featured").getAsBoolean());

		JsonObject criteria = plan.getAsJsonObject("criteria");
		JsonObject k1 = criteria.getAsJsonArray("criteria").get(0).getAsJsonObject();
		assertEquals(40, k1.get("weight").getAsInt());
		assertEquals(">=", k1.get("comparison").getAsString());
		assertEquals(5, criteria.getAsJsonArray("procedure").size());
		assertEquals("quarterly", criteria.get("cycle").getAsString());

		JsonObject budget = plan.getAsJsonObject("safeguards").getAsJsonObject("budget");
		assertEquals(80000, budget.getAsJsonObject("total").get("amount").getAsInt());
		assertEquals(3, budget.getAsJsonArray("items").size());

		JsonArray parties = plan.getAsJsonObject("team").getAsJsonArray("parties");
		JsonObject unit = parties.get(4).getAsJsonObject();
		assertEquals("unit", unit.get("type").getAsString());
		assertEquals("赵敏", unit.get("lead").getAsString());
		assertEquals("leader", parties.get(0).getAsJsonObject().get("role").getAsString());

		JsonArray rounds = plan.getAsJsonObject("approval").getAsJsonArray("rounds");
		assertEquals("2026-02-24", rounds.get(1).getAsJsonObject().get("date").getAsString());
		assertEquals("monthly",
				plan.getAsJsonObject("tracking").getAsJsonArray("reports").get(0).getAsJsonObject().get("cadence").getAsString());
		assertEquals("2026-03-01", root.getAsJsonObject("facts").get("asOf").getAsString());
	}

	@Test
	void chineseKeywordsGiveTheSameEnglishIds() throws Exception {
		JsonObject plan = JsonParser.parseString(write(plans.corpusPlan("dangjian-2027.plan"))).getAsJsonObject()
				.getAsJsonObject("plan");
		assertEquals("annual", plan.get("kind").getAsString());
		assertEquals("running", plan.get("status").getAsString());
		JsonObject update = plan.getAsJsonObject("tracking").getAsJsonArray("updates").get(0).getAsJsonObject();
		assertEquals("P1", update.get("project").getAsString());
		assertEquals(45, update.get("progress").getAsInt());
		assertEquals("第一项目完成中期检查", update.get("note").getAsString());
	}

	@Test
	void hostileTextIsEscapedForJsonAndNothingElse() throws Exception {
		PlanFacts facts = plans.hostile();
		String json = write(facts);
		assertEquals(List.of(), DataSchema.errors(json));
		assertTrue(json.contains("\"Title, with \\\"quotes\\\"; <script>alert(1)</script>\""), "markup stays literal text");
		assertTrue(json.contains("Paragraph one,\\nwith a newline & <b>bold</b>"), "newline escaped, & and < not");
		assertTrue(json.contains("Challenge; \\\\ backslash"));
		assertTrue(json.contains("“中文引号”"), "Chinese text is not \\u-escaped");

		JsonObject plan = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("plan");
		assertEquals(facts.plan().getTitle(), plan.get("title").getAsString());
		assertEquals(facts.plan().getProjects().get(0).getTitle(),
				plan.getAsJsonArray("projects").get(0).getAsJsonObject().get("title").getAsString());
		assertEquals("Line one\nline two", plan.getAsJsonObject("team").getAsJsonArray("parties").get(1).getAsJsonObject()
				.get("position").getAsString());
	}

	@Test
	void referencesAcrossPlansCarryTheirQualifiedName() throws Exception {
		JsonObject plan = JsonParser.parseString(write(plans.hostile())).getAsJsonObject().getAsJsonObject("plan");
		JsonObject g1 = plan.getAsJsonArray("goals").get(0).getAsJsonObject();
		JsonObject shared = g1.getAsJsonArray("supports").get(0).getAsJsonObject();
		assertEquals("Shared", shared.get("name").getAsString());
		assertEquals("Partner", shared.get("plan").getAsString());
		assertEquals("Partner.Shared", shared.get("qualifiedName").getAsString());
		JsonObject local = plan.getAsJsonArray("goals").get(1).getAsJsonObject().getAsJsonArray("supports").get(0)
				.getAsJsonObject();
		assertEquals("Hostile.G1", local.get("qualifiedName").getAsString());
		JsonArray actuals = plan.getAsJsonObject("results").getAsJsonArray("actuals");
		assertEquals("criterion", actuals.get(0).getAsJsonObject().get("measuredType").getAsString());
		assertEquals("goal", actuals.get(1).getAsJsonObject().get("measuredType").getAsString());
		assertEquals("K2", plan.getAsJsonArray("goals").get(1).getAsJsonObject().getAsJsonObject("measure")
				.get("criterion").getAsString());
	}

	@Test
	void derivedFactsAreExportedAsPlanFactsComputesThem() throws Exception {
		PlanFacts facts = plans.hostile();
		JsonObject derived = JsonParser.parseString(write(facts)).getAsJsonObject().getAsJsonObject("facts");
		assertEquals("2026-07-01", derived.get("asOf").getAsString());

		JsonObject schedule = derived.getAsJsonObject("schedule");
		JsonObject a1 = schedule.getAsJsonArray("projects").get(0).getAsJsonObject();
		assertEquals("A1", a1.get("name").getAsString());
		assertEquals("2026-03-01", a1.get("start").getAsString(), "during P1: the phase's dates");
		assertEquals("2026-04-30", a1.get("end").getAsString());
		assertEquals(61, a1.get("days").getAsInt());
		assertEquals(100, a1.get("progress").getAsInt(), "status done");
		JsonObject a2 = schedule.getAsJsonArray("projects").get(1).getAsJsonObject();
		assertEquals(45, a2.get("progress").getAsInt());
		assertTrue(a2.get("late").getAsBoolean());
		assertEquals("[\"A1\"]", a2.get("dependencies").toString());
		assertEquals("[\"A2\"]", schedule.get("lateProjects").toString());
		assertEquals(facts.schedule().criticalChain().stream().map(p -> p.getName()).toList(),
				schedule.getAsJsonArray("criticalChain").asList().stream().map(e -> e.getAsString()).toList());
		assertEquals(facts.schedule().criticalChainDays(), schedule.get("criticalChainDays").getAsLong());
		assertEquals("2026-03-01", schedule.get("firstDay").getAsString());
		assertEquals("2026-12-31", schedule.get("lastDay").getAsString());

		JsonObject budget = derived.getAsJsonObject("budget");
		assertEquals("CNY", budget.get("currency").getAsString());
		assertEquals(80000, budget.get("total").getAsInt());
		assertEquals(50000, budget.get("itemSum").getAsInt());
		assertEquals(30000, budget.get("difference").getAsInt());
		assertEquals("30000.50", budget.get("projectSum").getAsString());
		assertTrue(budget.get("currencyConsistent").getAsBoolean());
	}

	@Test
	void smartScoresAndCompletenessAreExported() throws Exception {
		JsonObject cxzy = JsonParser.parseString(write(plans.corpusPlan("cxzy-2026.plan"))).getAsJsonObject()
				.getAsJsonObject("facts");
		JsonObject g1 = cxzy.getAsJsonArray("smart").get(0).getAsJsonObject();
		assertEquals("G1", g1.get("goal").getAsString());
		assertEquals(5, g1.get("score").getAsInt());
		assertEquals("[]", g1.get("missing").toString());
		assertEquals("[\"A2\",\"A3\"]", g1.get("supportingProjects").toString());
		JsonObject completeness = cxzy.getAsJsonObject("completeness");
		assertEquals("activity", completeness.get("kind").getAsString());
		assertEquals(100, completeness.get("percent").getAsInt());
		assertEquals(12, completeness.getAsJsonArray("required").size());
		assertEquals("[]", completeness.get("missing").toString());

		JsonObject volunteer = JsonParser.parseString(write(plans.corpusPlan("volunteer-week.plan"))).getAsJsonObject()
				.getAsJsonObject("facts");
		JsonObject reach = volunteer.getAsJsonArray("smart").get(0).getAsJsonObject();
		assertEquals(4, reach.get("score").getAsInt(), "the corpus says: only smart.relevant is missing");
		assertEquals("[\"relevant\"]", reach.get("missing").toString());
		assertEquals("[\"not-linked\"]", reach.get("gaps").toString());
	}

	@Test
	void incompletePlanListsWhatIsMissing() throws Exception {
		PlanFacts partner = plans.partner();
		String json = write(partner);
		assertEquals(List.of(), DataSchema.errors(json));
		JsonObject completeness = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("facts")
				.getAsJsonObject("completeness");
		assertEquals("[\"projects\"]", completeness.get("missing").toString());
		assertEquals(partner.completeness().percent(), completeness.get("percent").getAsInt());
		assertTrue(completeness.get("percent").getAsInt() < 100);
	}

	/** The schema's id lists are the facts' enumerations, so a new requirement or gap cannot slip past it. */
	@Test
	void schemaEnumeratesEveryFactId() {
		JsonObject defs = JsonParser.parseString(DataSchema.text()).getAsJsonObject().getAsJsonObject("$defs");
		assertEquals(ids(SmartQuality.values()), enumOf(defs, "SmartScore", "missing"));
		assertEquals(ids(SmartGap.values()), enumOf(defs, "SmartScore", "gaps"));
		assertEquals(Stream.of(Completeness.Requirement.values()).map(Completeness.Requirement::id).toList(),
				enumOf(defs, "Completeness", "required"));
		assertEquals(ids(Completeness.ProjectPart.values()), enumOf(defs, "IncompleteProject", "missing"));
	}

	private static List<String> ids(Enum<?>[] constants) {
		return Stream.of(constants).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
	}

	private static List<String> enumOf(JsonObject defs, String type, String property) {
		return defs.getAsJsonObject(type).getAsJsonObject("properties").getAsJsonObject(property).getAsJsonObject("items")
				.getAsJsonArray("enum").asList().stream().map(e -> e.getAsString()).toList();
	}

	@Test
	void brokenJsonFailsValidation() throws Exception {
		JsonObject root = JsonParser.parseString(write(plans.hostile())).getAsJsonObject();
		JsonObject plan = root.getAsJsonObject("plan");
		plan.remove("title");
		plan.getAsJsonObject("criteria").getAsJsonArray("criteria").get(0).getAsJsonObject().addProperty("weight", "60 %");
		plan.getAsJsonArray("phases").get(0).getAsJsonObject().getAsJsonObject("range").addProperty("from", "1 March");
		plan.getAsJsonArray("phases").get(0).getAsJsonObject().getAsJsonArray("milestones").get(0).getAsJsonObject()
				.addProperty("date", "2026-02-30");
		plan.getAsJsonArray("projects").get(0).getAsJsonObject().addProperty("status", "finished");
		plan.addProperty("unexpected", true);
		List<String> errors = DataSchema.errors(root.toString());
		for (String expected : List.of("/plan: required property 'title'", "/plan/criteria/criteria/0/weight:",
				"/plan/phases/0/range/from:", "/plan/phases/0/milestones/0/date:", "/plan/projects/0/status:", "/plan: property 'unexpected'")) {
			assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected)), expected + " in " + errors);
		}
		assertFalse(DataSchema.errors("{\"schemaVersion\":1}").isEmpty());
	}

	/** The schema names every feature of every model class, so a grammar change cannot slip past it. */
	@Test
	void schemaDescribesEveryFeatureOfTheModel() {
		JsonObject defs = JsonParser.parseString(DataSchema.text()).getAsJsonObject().getAsJsonObject("$defs");
		List<String> missing = new ArrayList<>();
		List<EClass> classes = PlanPackage.eINSTANCE.getEClassifiers().stream()
				.filter(EClass.class::isInstance).map(EClass.class::cast).toList();
		for (EClass type : classes) {
			// Party and Measured only group their subtypes (Person, Unit; Goal, Criterion), described one by one
			boolean onlyASupertype = classes.stream().anyMatch(other -> other.getESuperTypes().contains(type));
			if (!onlyASupertype) {
				JsonObject def = defs.getAsJsonObject(type.getName());
				for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
					if (def == null || !def.getAsJsonObject("properties").has(feature.getName())) {
						missing.add(type.getName() + "." + feature.getName());
					}
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	private String write(PlanFacts facts) throws Exception {
		JsonExport export = new JsonExport();
		List<Path> files = export.write(facts, OutputFolder.open(dir));
		assertEquals(List.of(dir.resolve(facts.plan().getName() + ".json")), files);
		return Files.readString(files.get(0), StandardCharsets.UTF_8);
	}

	private static List<String> names(JsonArray array) {
		return array.asList().stream().map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
	}
}
