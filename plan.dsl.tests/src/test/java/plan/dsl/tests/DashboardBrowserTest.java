package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.brief.BriefOutput;
import plan.dsl.generator.dashboard.DashboardOutput;
import plan.dsl.generator.document.HtmlDocument;
import plan.dsl.generator.mindmap.MindMapOutput;

/**
 * The outputs in a real browser: the brief prints to exactly one A4 page, the dashboard and the mind map
 * load with no console message and no request, and render something that is not blank.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DashboardBrowserTest {

	@Inject
	private Injector injector;

	@TempDir
	Path dir;

	@BeforeEach
	void browser() {
		DashboardChromium.require();
	}

	private List<DashboardFixtures.Loaded> plans() throws Exception {
		List<DashboardFixtures.Loaded> plans = new ArrayList<>();
		for (Path example : DashboardFixtures.completeExamples()) {
			plans.add(DashboardFixtures.load(injector, example));
		}
		return plans;
	}

	@Test
	void briefPrintsToExactlyOnePageForEveryExampleAndABigPlan() throws Exception {
		List<DashboardFixtures.Loaded> plans = plans();
		plans.add(DashboardFixtures.load(injector, dir, "big.plan", DashboardFixtures.bigPlan(12, 60)));
		OutputFolder out = OutputFolder.open(dir.resolve("out"));
		for (DashboardFixtures.Loaded plan : plans) {
			Path brief = new BriefOutput().write(plan.facts(), out).get(0);
			Path pdf = dir.resolve(plan.plan().getName() + ".pdf");
			DashboardChromium.Run run = DashboardChromium.printToPdf(brief, pdf, dir);
			assertEquals(0, run.exitCode(), run.stderr());
			assertEquals(List.of(), run.problems(), plan.plan().getName());
			assertEquals(1, DashboardChromium.pages(pdf, dir), plan.plan().getName() + ": one A4 page");
		}
	}

	@Test
	void dashboardAndMindMapLoadCleanlyAndAreNotBlank() throws Exception {
		OutputFolder out = OutputFolder.open(dir.resolve("out"));
		for (DashboardFixtures.Loaded plan : plans()) {
			List<Path> pages = List.of(new DashboardOutput(f -> plan.problems()).write(plan.facts(), out).get(0),
					new MindMapOutput().write(plan.facts(), out).get(0));
			for (Path page : pages) {
				Path png = dir.resolve(page.getFileName() + ".png");
				DashboardChromium.Run run = DashboardChromium.screenshot(page, png, dir);
				assertEquals(0, run.exitCode(), run.stderr());
				assertEquals(List.of(), run.problems(), page.getFileName() + ": console messages");
				assertEquals(List.of(), run.pageRequests(), page.getFileName() + ": requests");
				assertTrue(Files.size(png) > 0, "screenshot written");
				assertNotBlank(ImageIO.read(png.toFile()), page.getFileName().toString());
			}
		}
	}

	/**
	 * A plan whose every string is {@code <script>alert(1)</script>} or {@code "><img src=x onerror=alert(1)>}: in the
	 * browser, every page made of it loads nothing, logs nothing, has no script or image but its own once its scripts
	 * ran, and shows both strings as text.
	 */
	@Test
	void hostilePlanRunsNothingInTheBrowserAndShowsItsStringsAsText() throws Exception {
		String source = DashboardFixtures.hostile(Files.readString(DashboardFixtures.example("cxzy-2026.plan")));
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, dir, "hostile.plan", source);
		assertTrue(plan.plan().eResource().getErrors().isEmpty(), () -> "parses: " + plan.plan().eResource().getErrors());
		OutputFolder out = OutputFolder.open(dir.resolve("out"));
		for (PlanOutput output : List.of(new HtmlDocument(), new DashboardOutput(f -> plan.problems()), new BriefOutput(),
				new MindMapOutput())) {
			Path page = output.write(plan.facts(), out).get(0);
			String written = Files.readString(page);
			DashboardChromium.Run run = DashboardChromium.dumpDom(page, dir);
			String what = page.getFileName().toString();
			assertEquals(0, run.exitCode(), run.stderr());
			assertEquals(List.of(), run.problems(), what + ": console messages");
			assertEquals(List.of(), run.pageRequests(), what + ": requests (an injected <img src=x> would load x)");
			String dom = run.stdout();
			assertEquals(occurrences(written, "<script"), occurrences(dom, "<script"), what + ": only the page's own scripts");
			assertEquals(0, occurrences(dom, "<img"), what + ": no image");
			assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), what + " shows the script as text");
			// the mind map wraps a long text over lines at its spaces
			List<String> imgShown = output instanceof MindMapOutput ? List.of("\"&gt;&lt;img", "src=x", "onerror=alert(1)&gt;")
					: List.of("\"&gt;&lt;img src=x onerror=alert(1)&gt;");
			imgShown.forEach(part -> assertTrue(dom.contains(part), what + " shows the image markup as text: " + part));
		}
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	/** The checks above would see a request or a script error: shown on a page made to have both. */
	@Test
	void checksSeeRequestsAndConsoleErrorsOfAPageThatHasThem() throws Exception {
		Path page = dir.resolve("bad.html");
		Files.writeString(page, "<!DOCTYPE html><html><body><p>x</p><img src=\"http://example.invalid/x.png\">"
				+ "<script>console.error('broken')</script></body></html>");
		DashboardChromium.Run run = DashboardChromium.screenshot(page, dir.resolve("bad.png"), dir);
		assertTrue(run.pageRequests().contains("http://example.invalid/x.png"), () -> "requests: " + run.pageRequests());
		assertTrue(run.problems().stream().anyMatch(line -> line.contains("broken")), run.stderr());
	}

	/** Enough distinct colours and enough variance in brightness that something was drawn. */
	private static void assertNotBlank(BufferedImage image, String what) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		double sum = 0;
		double squares = 0;
		int count = 0;
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				colours.add(rgb);
				double luminance = 0.299 * (rgb >> 16) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
				sum += luminance;
				squares += luminance * luminance;
				count++;
			}
		}
		double mean = sum / count;
		double variance = squares / count - mean * mean;
		assertTrue(colours.size() > 20, what + ": only " + colours.size() + " colours");
		assertTrue(variance > 50, what + ": luminance variance " + variance);
	}
}
