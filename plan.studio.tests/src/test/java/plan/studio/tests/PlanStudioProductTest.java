package plan.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Plan Studio as a planner gets it: the archive unpacked, the plan-studio script started on the X display with an
 * example plan, the workbench up in the Plan perspective with the plan in the editor, its outline and its dashboard
 * beside it; the screenshot is kept as target/plan-studio.png.
 */
class PlanStudioProductTest {

	private static final String PLAN = "innovation-2027.plan";
	private static final String PLAN_NAME = "GESL2027";
	private static final String PROJECT = "innovation";
	private static final List<String> PERSPECTIVE_VIEWS = List.of("org.eclipse.ui.navigator.ProjectExplorer",
			"org.eclipse.ui.views.ContentOutline", "org.eclipse.ui.views.ProblemView", "plan.dsl.ui.dashboardView");
	/** The editor's keywords: dark purple, bold (plan.dsl.ui's PlanColors.keyword()). */
	private static final int KEYWORD_RGB = 0x7F0055;
	private static final String KEYWORD_STYLE = "editor.style.127-0-85-bold";
	/** A cold start on a loaded 2-core machine takes well under a minute; this is the limit, not the wait. */
	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	private final Path target = Path.of(System.getProperty("plan.studio.target", "target")).toAbsolutePath();
	private final Path work = target.resolve("studio-run");

	@Test
	void theStartScriptOpensAPlanInTheEditorWithItsOutlineAndDashboard() throws Exception {
		assertNotNull(System.getenv("DISPLAY"),
				"Plan Studio needs an X display: run the build under xvfb-run -a -s '-screen 0 1600x1000x24'");
		deleteRecursively(work);
		Path product = ProductArchive.unpack(Path.of(System.getProperty("plan.studio.archive")), work.resolve("install"));
		Path script = product.resolve("plan-studio");
		assertTrue(Files.isExecutable(script), "the archive's start script is executable: " + script);

		Path workspace = work.resolve("workspace");
		Path plan = workspace.resolve(PROJECT).resolve(PLAN);
		Files.createDirectories(plan.getParent());
		Files.copy(Path.of(System.getProperty("plan.repo.root", "..")).resolve("examples").resolve(PLAN), plan);
		Path report = work.resolve("state.properties");

		try (StudioProcess studio = StudioProcess.start(script, work.resolve("home"), target.resolve("plan-studio.log"),
				List.of("--workspace", workspace.toString(), "-Dplan.studio.report=" + report, "-consoleLog",
						plan.toString()))) {
			StateReport ready = awaitReport(studio, report, PlanStudioProductTest::showsThePlanEverywhere);
			// two more reports: the UI thread has run twice since, so the dashboard page and the text are painted
			StateReport state = awaitReport(studio, report,
					next -> next.number("sequence") >= ready.number("sequence") + 2);
			Screenshot screenshot = Screenshot.take(target.resolve("plan-studio.png"));

			assertEquals("plan.studio.perspective", state.get("perspective"), "the workbench opens in the Plan perspective");
			assertTrue(state.get("window.title").endsWith("Plan Studio"), state.get("window.title"));
			assertTrue(state.list("views.visible").containsAll(PERSPECTIVE_VIEWS), state.get("views.visible"));

			assertEquals("plan.dsl.ui.editor", state.get("editor.id"));
			assertEquals("/" + PROJECT + "/" + PLAN, state.get("editor.input"));
			assertEquals(Files.readString(plan, StandardCharsets.UTF_8).length(), state.number("editor.text.length"),
					"the editor holds the whole plan");
			assertTrue(state.number(KEYWORD_STYLE) >= 50, "keywords highlighted: " + state.number(KEYWORD_STYLE));
			assertEquals(0, state.number("problems"), "the Problems view is empty: the example has no diagnostics");

			assertEquals("plan.dsl.ui.editor.PlanOutlinePage", state.get("outline.page"));
			assertTrue(state.get("outline.first").startsWith(PLAN_NAME), state.get("outline.first"));
			assertTrue(state.number("outline.items") >= 20, "the outline shows the plan's tree: " + state.number("outline.items"));

			Path dashboard = plan.getParent().resolve("out").resolve(PLAN_NAME + ".dashboard.html");
			assertTrue(Files.isRegularFile(dashboard), "the builder generated " + dashboard);
			assertEquals(dashboard.toUri().toString(), state.get("dashboard.loaded"), "the Dashboard view shows the plan's dashboard");

			assertTrue(screenshot.colours(screenshot.screen()) > 100, "the screenshot is not blank");
			Rectangle editor = state.bounds("editor.bounds");
			assertTrue(screenshot.screen().contains(editor), "the editor is on the screen: " + editor);
			assertTrue(screenshot.pixelsOf(KEYWORD_RGB, editor) >= 100,
					"keyword colour in the editor: " + screenshot.pixelsOf(KEYWORD_RGB, editor) + " pixels");
			Rectangle outline = state.bounds("view.org.eclipse.ui.views.ContentOutline.bounds");
			assertTrue(outline.width > 100 && outline.height > 100 && screenshot.colours(outline) > 10,
					"the outline shows text: " + outline);
			Rectangle dashboardView = state.bounds("view.plan.dsl.ui.dashboardView.bounds");
			assertTrue(dashboardView.width > 300 && screenshot.colours(dashboardView) > 20,
					"the dashboard page is painted: " + dashboardView + ", " + screenshot.colours(dashboardView) + " colours");
		}
	}

	/** The plan open in the editor with styles, its outline filled and its dashboard loaded, every view visible. */
	private static boolean showsThePlanEverywhere(StateReport report) {
		return "true".equals(report.get("ready"))
				&& report.get("editor.input").endsWith("/" + PLAN)
				&& report.number("editor.styledRanges") > 0
				&& report.number("outline.items") > 0
				&& report.get("dashboard.loaded").endsWith(".dashboard.html")
				&& report.list("views.visible").containsAll(PERSPECTIVE_VIEWS);
	}

	/** Reads the report until {@code expected} holds; fails when the product exits or the limit passes. */
	private static StateReport awaitReport(StudioProcess studio, Path file, Predicate<StateReport> expected)
			throws IOException, InterruptedException {
		long end = System.nanoTime() + START_LIMIT.toNanos();
		String last = "(none yet)";
		while (System.nanoTime() < end) {
			StateReport report = StateReport.read(file);
			if (report != null) {
				last = report.toString();
				if (expected.test(report)) {
					return report;
				}
			}
			if (!studio.isAlive()) {
				throw new AssertionError("Plan Studio " + studio.describeExit() + " before it showed the plan; last report:\n"
						+ last + "\noutput:\n" + studio.logTail());
			}
			Thread.sleep(250);
		}
		throw new AssertionError("Plan Studio did not show the plan within " + START_LIMIT + "; last report:\n" + last
				+ "\noutput:\n" + studio.logTail());
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
