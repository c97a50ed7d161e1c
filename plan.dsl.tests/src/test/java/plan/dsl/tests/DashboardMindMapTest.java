package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import plan.dsl.generator.mindmap.MindMapLayout;
import plan.dsl.generator.mindmap.MindMapOutput;
import plan.dsl.generator.mindmap.MindNode;
import plan.dsl.generator.render.TextMetrics;
import plan.dsl.generator.view.PlanView;
import plan.dsl.generator.view.PlanViews;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.BackgroundKind;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Project;

/** The mind map: well-formed SVG, the whole structure present, and no two boxes overlapping. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DashboardMindMapTest {

	@Inject
	private Injector injector;

	@TempDir
	Path dir;

	@Test
	void examplesGiveWellFormedSvgWithGoalsProjectsDeliverablesAndChallenges() throws Exception {
		for (Path example : DashboardFixtures.completeExamples()) {
			DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, example);
			MindMapOutput output = new MindMapOutput();
			Path file = output.write(plan.facts(), OutputFolder.open(dir)).get(0);
			assertTrue(file.getFileName().toString().endsWith(".mindmap.svg"));
			Document svg = DashboardFixtures.xml(Files.readString(file, StandardCharsets.UTF_8));
			assertEquals("svg", svg.getDocumentElement().getTagName());
			assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getAttribute("xmlns"));
			Set<String> goals = names(svg, "goal");
			Set<String> projects = names(svg, "project");
			Set<String> deliverables = names(svg, "deliverable");
			for (Goal goal : plan.plan().getGoals()) {
				assertTrue(goals.contains(goal.getName()), example + ": goal " + goal.getName());
			}
			for (Project project : plan.plan().getProjects()) {
				assertTrue(projects.contains(project.getName()), example + ": project " + project.getName());
				assertTrue(deliverables.contains(project.getName()), example + ": deliverable of " + project.getName());
			}
			// every challenge, and any other background item a goal addresses
			Set<Object> addressed = plan.plan().getGoals().stream().flatMap(g -> g.getAddresses().stream())
					.collect(Collectors.toSet());
			long shown = plan.plan().getBackground() == null ? 0
					: plan.plan().getBackground().getItems().stream()
							.filter(i -> i.getKind() == BackgroundKind.CHALLENGE || addressed.contains(i)).count();
			assertEquals(shown, names(svg, "background").size(), example + ": every challenge and addressed item");
			long addresses = plan.plan().getGoals().stream().mapToLong(g -> g.getAddresses().size()).sum();
			assertEquals(addresses, DashboardFixtures.byClass(svg, "path", "address").size(), example + ": one link per addresses");
			assertNoOverlap(rects(svg), example.toString());
		}
	}

	@Test
	void projectUnderTwoGoalsAppearsUnderBoth() throws Exception {
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, DashboardFixtures.example("cxzy-2026.plan"));
		MindMapLayout layout = MindMapLayout.of(PlanViews.of(plan.facts()), PlanMessages.of(plan.plan()));
		// A3 supports G1 and G2
		for (MindNode goal : layout.goals()) {
			assertTrue(goal.children().stream().anyMatch(p -> "A3".equals(p.name())), goal.name());
		}
	}

	@Test
	void bigPlanLayoutKeepsEveryTextInsideItsBoxAndNoBoxesOverlap() throws Exception {
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, dir, "big.plan", DashboardFixtures.bigPlan(12, 60));
		PlanView view = PlanViews.of(plan.facts());
		MindMapLayout layout = MindMapLayout.of(view, PlanMessages.of(plan.plan()));
		List<MindNode> nodes = layout.nodes();
		assertEquals(1 + 12 + 12 + 60 + 60, nodes.size(), "plan, challenges, goals, projects, deliverables");
		for (int i = 0; i < nodes.size(); i++) {
			MindNode node = nodes.get(i);
			for (String line : node.lines()) {
				assertTrue(TextMetrics.em(line) * node.fontSize() <= node.width() - 2 * 10 + 1e-9, line);
			}
			assertTrue(node.x() >= 0 && node.y() >= 0 && node.x() + node.width() <= layout.width()
					&& node.y() + node.height() <= layout.height(), "inside the canvas");
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(node.overlaps(nodes.get(j)), node.lines() + " overlaps " + nodes.get(j).lines());
			}
		}
		Document svg = DashboardFixtures.xml(MindMapOutput.render(view));
		assertNoOverlap(rects(svg), "big plan SVG");
	}

	@Test
	void textWidthCountsCjkAsFullAndLatinAsAboutHalf() {
		assertEquals(4.0, TextMetrics.em("创先争优"), 1e-9);
		assertEquals(5 * 0.55, TextMetrics.em("Hello"), 1e-9);
		assertEquals(2 + 2 * 0.55, TextMetrics.em("G1目标"), 1e-9);
		assertEquals(2.0, TextMetrics.em("“”"), 1e-9, "Chinese quotation marks are full-width");
		assertEquals(List.of("岗位建功", "创一流"), TextMetrics.wrap("岗位建功创一流", 4));
		assertEquals(List.of("Recruit", "volunteers"), TextMetrics.wrap("Recruit volunteers", 7));
		assertEquals("岗位建…", TextMetrics.truncate("岗位建功创一流", 4));
		List<String> cut = TextMetrics.wrap("一二三四五六七八九十", 3, 2);
		assertEquals(List.of("一二三", "四五…"), cut);
	}

	private static Set<String> names(Document svg, String kind) {
		return DashboardFixtures.byClass(svg, "g", kind).stream().map(e -> e.getAttribute("data-name")).collect(Collectors.toSet());
	}

	private static List<double[]> rects(Document svg) {
		return DashboardFixtures.byClass(svg, "rect", "box").stream().map(DashboardMindMapTest::box).toList();
	}

	private static double[] box(Element rect) {
		return new double[] { Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
				Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height")) };
	}

	/** Boxes as drawn (rounded to two decimals) share no area; touching edges are allowed. */
	private static void assertNoOverlap(List<double[]> boxes, String what) {
		assertFalse(boxes.isEmpty(), what + ": boxes drawn");
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				double[] a = boxes.get(i);
				double[] b = boxes.get(j);
				boolean overlap = a[0] < b[0] + b[2] - 0.02 && b[0] < a[0] + a[2] - 0.02 && a[1] < b[1] + b[3] - 0.02
						&& b[1] < a[1] + a[3] - 0.02;
				assertFalse(overlap, what + ": boxes " + i + " and " + j + " overlap");
			}
		}
	}
}
