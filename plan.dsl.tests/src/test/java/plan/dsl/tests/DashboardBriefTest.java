package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.brief.BriefOutput;
import plan.dsl.generator.render.Formats;
import plan.dsl.generator.render.TextMetrics;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Project;

/** The one-page brief: its content for the examples, and how it scales a big plan down. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DashboardBriefTest {

	@Inject
	private Injector injector;

	@TempDir
	Path dir;

	private Document generate(DashboardFixtures.Loaded plan) throws Exception {
		BriefOutput output = new BriefOutput();
		Path file = output.write(plan.facts(), OutputFolder.open(dir)).get(0);
		assertTrue(file.getFileName().toString().endsWith(".brief.html"));
		String html = Files.readString(file, StandardCharsets.UTF_8);
		DashboardHtmlTest.assertOffline(html);
		assertTrue(html.contains("@page { size: A4;"), "laid out for A4");
		return DashboardFixtures.xml(html);
	}

	@Test
	void briefHasThemeGoalsFeaturedProjectsTimelineOwnersAndBudget() throws Exception {
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, DashboardFixtures.example("cxzy-2026.plan"));
		Document html = generate(plan);
		String text = html.getDocumentElement().getTextContent();
		assertTrue(text.contains("岗位建功创一流 服务争优当先锋") && text.contains("比学赶超 争当先进"), "theme and slogan");
		List<Element> goals = DashboardFixtures.byClass(html, "div", "goal");
		assertEquals(plan.plan().getGoals().size(), goals.size());
		for (Goal goal : plan.plan().getGoals()) {
			Element item = DashboardFixtures.byName(goals).get(goal.getName());
			assertTrue(item.getTextContent().contains(goal.getMeasure().getIndicator()), "measure of " + goal.getName());
			assertTrue(item.getTextContent().contains("SMART " + plan.facts().smart(goal).score() + "/5"));
		}
		assertTrue(DashboardFixtures.byName(goals).get("G1").getTextContent().contains("5.2% → 3%"));
		List<String> projects = DashboardFixtures.byClass(html, "div", "project").stream().map(e -> e.getAttribute("data-name")).toList();
		assertEquals(List.of("A2"), projects, "only the featured project");
		Element strip = DashboardFixtures.byClass(html, "svg", "strip").get(0);
		for (Phase phase : plan.plan().getPhases()) {
			assertEquals(1, DashboardFixtures.byClass(strip, "g", "phase").stream()
					.filter(g -> g.getAttribute("data-name").equals(phase.getName())).count(), phase.getName());
		}
		assertEquals(3, DashboardFixtures.byClass(strip, "g", "milestone").size());
		List<Element> owners = DashboardFixtures.byClass(html, "div", "owner");
		assertEquals("张伟", owners.get(0).getAttribute("data-name"), "the leader first");
		assertTrue(DashboardFixtures.byName(owners).get("李娜").getTextContent().contains("服务之星竞赛"));
		Element budget = DashboardFixtures.byClass(html, "section", "budget").get(0);
		assertTrue(budget.getTextContent().contains(Formats.withUnit(plan.facts().budget().total(), "CNY")),
				budget.getTextContent());
		assertTrue(budget.getTextContent().contains("80,000 CNY"));
	}

	@Test
	void withoutFeaturedProjectsTheBriefShowsKeyProjectsInEnglish() throws Exception {
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, DashboardFixtures.example("volunteer-week.plan"));
		Document html = generate(plan);
		String text = html.getDocumentElement().getTextContent();
		assertTrue(text.contains("Key projects") && text.contains("Goals and measures"), "English labels");
		for (Project project : plan.plan().getProjects()) {
			assertTrue(DashboardFixtures.byName(DashboardFixtures.byClass(html, "div", "project")).containsKey(project.getName()));
		}
		assertTrue(text.contains("0 → 16 people"), text);
		assertEquals("en", html.getDocumentElement().getAttribute("lang"));
	}

	@Test
	void bigPlanIsCappedWithMoreCounts() throws Exception {
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, dir, "big.plan", DashboardFixtures.bigPlan(12, 60));
		Document html = generate(plan);
		assertEquals(4, DashboardFixtures.byClass(html, "div", "goal").size());
		assertEquals(4, DashboardFixtures.byClass(html, "div", "project").size());
		assertEquals(8, DashboardFixtures.byClass(html, "div", "owner").size());
		List<String> more = DashboardFixtures.byClass(html, "p", "more").stream().map(Element::getTextContent).toList();
		assertEquals(List.of("另有 8 项", "另有 26 项", "另有 4 项"), more, "12-4 goals, 30-4 featured projects, 12-8 owners");
		for (Element line : DashboardFixtures.byClass(html, "div", "measure")) {
			assertTrue(TextMetrics.em(line.getTextContent()) <= 2 * 23, "cut to two lines");
		}
	}
}
