package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.dashboard.DashboardOutput;
import plan.dsl.generator.render.Formats;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Project;

/** The dashboard of every complete example: what it shows, where the timeline puts things, offline only. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DashboardHtmlTest {

	@Inject
	private Injector injector;

	@TempDir
	Path dir;

	private String generate(DashboardFixtures.Loaded plan, PlanFacts facts) throws Exception {
		DashboardOutput output = new DashboardOutput(f -> plan.problems());
		List<Path> files = output.write(facts, OutputFolder.open(dir));
		assertEquals(List.of(dir.resolve(output.fileName(facts)).toAbsolutePath().normalize()), files);
		assertTrue(files.get(0).getFileName().toString().endsWith(".dashboard.html"));
		return Files.readString(files.get(0), StandardCharsets.UTF_8);
	}

	@Test
	void everyProjectAndMilestoneIsInTheGanttWithBarsAtTheirDates() throws Exception {
		for (Path example : DashboardFixtures.completeExamples()) {
			DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, example);
			Document html = DashboardFixtures.xml(generate(plan, plan.facts()));
			Element gantt = DashboardFixtures.byClass(html, "svg", "gantt").get(0);
			Axis axis = Axis.of(gantt);
			Map<String, Element> bars = DashboardFixtures.byName(DashboardFixtures.byClass(html, "rect", "project"));
			for (Project project : plan.plan().getProjects()) {
				Element bar = bars.get(project.getName());
				assertNotNull(bar, example + ": no bar for " + project.getName());
				LocalDate start = plan.facts().schedule().start(project);
				LocalDate end = plan.facts().schedule().end(project);
				assertEquals(axis.x(start), number(bar, "x"), 0.01, project.getName() + " starts at its date");
				assertEquals(axis.x(end.plusDays(1)) - axis.x(start), number(bar, "width"), 0.01,
						project.getName() + " ends with its last day");
			}
			Map<String, Element> milestones = DashboardFixtures.byName(DashboardFixtures.byClass(html, "g", "milestone"));
			for (Milestone milestone : plan.plan().getPhases().stream().flatMap(p -> p.getMilestones().stream()).toList()) {
				Element row = milestones.get(milestone.getName());
				assertNotNull(row, example + ": no row for milestone " + milestone.getName());
				assertEquals(milestone.getDate().toString(), row.getAttribute("data-date"));
				assertTrue(row.getTextContent().contains(milestone.getTitle()), "milestone titled");
			}
		}
	}

	@Test
	void asOfLineSitsAtItsDateOnTheScale() throws Exception {
		for (Path example : DashboardFixtures.completeExamples()) {
			DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, example);
			// a fixed reporting date inside every example's axis, as the command line's --asof would give
			LocalDate asOf = plan.facts().schedule().firstDay().plusDays(40);
			Document html = DashboardFixtures.xml(generate(plan, new PlanFacts(plan.plan(), asOf)));
			Element gantt = DashboardFixtures.byClass(html, "svg", "gantt").get(0);
			List<Element> lines = DashboardFixtures.byClass(html, "line", "asof");
			assertEquals(1, lines.size(), example + ": one as-of line");
			Element line = lines.get(0);
			assertEquals(asOf.toString(), line.getAttribute("data-date"));
			assertEquals(Axis.of(gantt).x(asOf), number(line, "x1"), 0.01, example + ": as-of x");
			assertEquals(number(line, "x1"), number(line, "x2"), 0.0, "vertical");
			assertTrue(gantt.getTextContent().contains(asOf.toString()), "labelled with the date");
		}
	}

	@Test
	void planAsOfIsUsedAndLateProjectsShowOnTheBoard() throws Exception {
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, DashboardFixtures.example("dangjian-2027.plan"));
		Document html = DashboardFixtures.xml(generate(plan, plan.facts()));
		Element line = DashboardFixtures.byClass(html, "line", "asof").get(0);
		assertEquals("2027-06-30", line.getAttribute("data-date"));
		// as of 2027-06-30 P1 and P2 are under way (45 %, 60 %), P3 has not started
		Map<String, Element> cards = DashboardFixtures.byName(DashboardFixtures.byClass(html, "div", "task"));
		assertEquals("column state-active", ((Element) cards.get("P1").getParentNode()).getAttribute("class"));
		assertEquals("column state-active", ((Element) cards.get("P2").getParentNode()).getAttribute("class"));
		assertEquals("column state-planned", ((Element) cards.get("P3").getParentNode()).getAttribute("class"));
		assertTrue(cards.get("P1").getTextContent().contains("45%"));
		// a year later P1 (to 2027-12-15) is past its end at 45 %: late
		Document later = DashboardFixtures.xml(generate(plan, new PlanFacts(plan.plan(), LocalDate.of(2028, 1, 10))));
		Element p1 = DashboardFixtures.byName(DashboardFixtures.byClass(later, "div", "task")).get("P1");
		assertEquals("column state-late", ((Element) p1.getParentNode()).getAttribute("class"));
	}

	@Test
	void criticalChainIsOutlinedAndDependenciesAreArrows() throws Exception {
		for (Path example : DashboardFixtures.completeExamples()) {
			DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, example);
			Document html = DashboardFixtures.xml(generate(plan, plan.facts()));
			List<Project> chain = plan.facts().schedule().criticalChain();
			List<String> outlined = DashboardFixtures.byClass(html, "rect", "critical").stream()
					.map(e -> e.getAttribute("data-name")).toList();
			assertEquals(chain.stream().map(Project::getName).toList(), outlined, example + ": critical chain");
			List<Element> arrows = DashboardFixtures.byClass(html, "g", "dependency");
			long dependencies = plan.plan().getProjects().stream().mapToLong(p -> p.getAfter().size()).sum();
			assertEquals(dependencies, arrows.size(), example + ": one arrow per after");
			for (Element arrow : arrows) {
				boolean critical = arrow.getAttribute("class").contains("critical");
				int from = chain.stream().map(Project::getName).toList().indexOf(arrow.getAttribute("data-from"));
				int to = chain.stream().map(Project::getName).toList().indexOf(arrow.getAttribute("data-to"));
				assertEquals(from >= 0 && to == from + 1, critical, "arrow on the chain iff consecutive");
			}
		}
	}

	@Test
	void goalsShowSmartScoreAndBaselineTargetActual() throws Exception {
		for (Path example : DashboardFixtures.completeExamples()) {
			DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, example);
			Document html = DashboardFixtures.xml(generate(plan, plan.facts()));
			Map<String, Element> goals = DashboardFixtures.byName(DashboardFixtures.byClass(html, "div", "goal"));
			for (Goal goal : plan.plan().getGoals()) {
				Element card = goals.get(goal.getName());
				assertNotNull(card, "goal " + goal.getName());
				int score = plan.facts().smart(goal).score();
				Element smart = DashboardFixtures.byClass(html, "div", "smart").stream()
						.filter(e -> e.getParentNode().getParentNode() == card).findFirst().orElseThrow();
				assertEquals(String.valueOf(score), smart.getAttribute("data-score"));
				assertTrue(smart.getTextContent().contains("SMART " + score + "/5"), smart.getTextContent());
				assertEquals(5 - score, DashboardFixtures.byClass(html, "span", "missing").stream()
						.filter(e -> e.getParentNode() == smart).count(), "one struck letter per missing quality");
				String measure = card.getTextContent();
				assertTrue(measure.contains(goal.getMeasure().getIndicator()));
				// a measure judged by a criterion ("by K3") has no baseline and target
				if (goal.getMeasure().getBaseline() != null) {
					assertTrue(measure.contains(Formats.number(goal.getMeasure().getBaseline().getValue())), measure);
				}
				if (goal.getMeasure().getTarget() != null) {
					assertTrue(measure.contains(Formats.number(goal.getMeasure().getTarget().getValue())), measure);
				}
			}
		}
	}

	@Test
	void actualResultsAppearBesideTargets() throws Exception {
		String source = Files.readString(DashboardFixtures.example("cxzy-2026.plan"))
				.replaceFirst("\\}\\s*$", "    results {\n        actual G1 3.4 %\n        actual K1 35 %\n    }\n}\n");
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, dir, "results.plan", source);
		Document html = DashboardFixtures.xml(generate(plan, plan.facts()));
		Element g1 = DashboardFixtures.byName(DashboardFixtures.byClass(html, "div", "goal")).get("G1");
		Element actual = DashboardFixtures.byClass(g1, "span", "actual").get(0);
		assertTrue(actual.getTextContent().endsWith("3.4%"), actual.getTextContent());
		// from 5.2 % towards 3.0 %, at 3.4 %: 1.8 of 2.2 points of the way, 81.82 %
		Element meter = (Element) DashboardFixtures.byClass(g1, "div", "meter").get(0).getElementsByTagName("span").item(0);
		assertEquals("width:81.82%", meter.getAttribute("style"));
		Element k1 = DashboardFixtures.byName(DashboardFixtures.byClass(html, "tr", "criterion")).get("K1");
		assertTrue(k1.getTextContent().contains("35%"), k1.getTextContent());
	}

	@Test
	void criteriaWeightsBudgetAndCompletenessAreShown() throws Exception {
		for (Path example : DashboardFixtures.completeExamples()) {
			DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, example);
			Document html = DashboardFixtures.xml(generate(plan, plan.facts()));
			if (plan.plan().getCriteria() != null) {
				Map<String, Element> rows = DashboardFixtures.byName(DashboardFixtures.byClass(html, "tr", "criterion"));
				for (Criterion criterion : plan.plan().getCriteria().getCriteria()) {
					Element row = rows.get(criterion.getName());
					assertNotNull(row, "criterion " + criterion.getName());
					String weight = Formats.percent(criterion.getWeight());
					assertTrue(row.getTextContent().contains(weight), row.getTextContent());
					Element bar = (Element) DashboardFixtures.byClass(row, "div", "hbar").get(0).getElementsByTagName("span").item(0);
					assertEquals("width:" + criterion.getWeight().stripTrailingZeros().toPlainString() + "%",
							bar.getAttribute("style"));
				}
			}
			if (plan.facts().budget().total() != null) {
				Element total = DashboardFixtures.byClass(html, "section", "budget").get(0);
				String expected = Formats.withUnit(plan.facts().budget().total(), plan.facts().budget().currency());
				assertTrue(total.getTextContent().contains(expected), total.getTextContent());
				assertTrue(total.getTextContent().contains(Formats.number(plan.facts().budget().itemSum())));
			}
			Element ring = DashboardFixtures.byClass(html, "svg", "ring").get(0);
			assertEquals(String.valueOf(plan.facts().completeness().percent()), ring.getAttribute("data-percent"));
		}
	}

	@Test
	void openProblemsListTheDiagnosticsTheCallerGave() throws Exception {
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, DashboardFixtures.example("volunteer-week.plan"));
		// as the command line reports the corpus's one expected warning for this plan
		List<OpenProblem> problems = List.of(new OpenProblem(11, "warning", "smart.relevant",
				"Goal Reach \"Recruit volunteers from every branch\" is not linked to the background (R)"));
		Path file = new DashboardOutput(f -> problems).write(plan.facts(), OutputFolder.open(dir)).get(0);
		Document html = DashboardFixtures.xml(Files.readString(file, StandardCharsets.UTF_8));
		List<Element> rows = DashboardFixtures.byClass(html, "tr", "severity-warning");
		assertEquals(1, rows.size());
		assertEquals(List.of("Warning", "line 11", "smart.relevant", problems.get(0).message()),
				cells(rows.get(0)));

		String unvalidated = Files.readString(new DashboardOutput().write(plan.facts(), OutputFolder.open(dir.resolve("u"))).get(0));
		assertTrue(unvalidated.contains("Validation results were not provided"));
		assertFalse(unvalidated.contains("smart.relevant"));
		String clean = Files.readString(new DashboardOutput(f -> List.of()).write(plan.facts(), OutputFolder.open(dir.resolve("c"))).get(0));
		assertTrue(clean.contains("Validation found no problems"));
	}

	private static List<String> cells(Element row) {
		NodeList cells = row.getElementsByTagName("td");
		return java.util.stream.IntStream.range(0, cells.getLength()).mapToObj(i -> cells.item(i).getTextContent()).toList();
	}

	@Test
	void nothingIsFetchedAndNothingRuns() throws Exception {
		for (Path example : DashboardFixtures.completeExamples()) {
			DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, example);
			String html = generate(plan, plan.facts());
			assertOffline(html);
			assertTrue(html.contains("Content-Security-Policy"), "a policy forbids requests and scripts");
		}
	}

	/**
	 * Nothing that loads or runs: no scheme anywhere in the file, no attribute that names a resource, no
	 * {@code url(}, {@code @import} or {@code //} reference in a style, and no script element.
	 */
	static void assertOffline(String html) throws Exception {
		assertFalse(html.contains("http://"), "http://");
		assertFalse(html.contains("https://"), "https://");
		Document document = DashboardFixtures.xml(html);
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			assertFalse(element.getTagName().equalsIgnoreCase("script"), "no script element");
			NamedNodeMap attributes = element.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				String name = attributes.item(a).getNodeName().toLowerCase(Locale.ROOT);
				String value = attributes.item(a).getNodeValue();
				assertFalse(RESOURCE_ATTRIBUTES.contains(name), () -> "resource attribute " + name);
				if (name.equals("style")) {
					assertNoReference(value);
				}
			}
			if (element.getTagName().equals("style")) {
				assertNoReference(element.getTextContent());
			}
		}
	}

	private static final Set<String> RESOURCE_ATTRIBUTES = Set.of("src", "href", "xlink:href", "srcset", "action",
			"formaction", "poster", "data", "background");

	private static void assertNoReference(String css) {
		Matcher reference = Pattern.compile("(?i)url\\s*\\(|@import|//").matcher(css);
		assertFalse(reference.find(), () -> "style reference: " + reference.group());
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	/** The axis the chart declares on its root element. */
	record Axis(LocalDate first, LocalDate last, double x0, double x1) {

		static Axis of(Element svg) {
			return new Axis(LocalDate.parse(svg.getAttribute("data-first")), LocalDate.parse(svg.getAttribute("data-last")),
					number(svg, "data-x0"), number(svg, "data-x1"));
		}

		/** Independent of the generator's code: days since the first day over all days of the axis. */
		double x(LocalDate day) {
			double days = ChronoUnit.DAYS.between(first, last.plusDays(1));
			return x0 + ChronoUnit.DAYS.between(first, day) * (x1 - x0) / days;
		}
	}
}
