package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.brief.BriefOutput;
import plan.dsl.generator.dashboard.DashboardOutput;
import plan.dsl.generator.mindmap.MindMapOutput;
import plan.dsl.generator.render.Markup;

/** A plan whose every string is markup: every output shows it as text and contains nothing that runs. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DashboardEscapingTest {

	@Inject
	private Injector injector;

	@TempDir
	Path dir;

	@Test
	void hostileStringsAreShownLiterallyAndNeverBecomeMarkup() throws Exception {
		String source = DashboardFixtures.hostile(Files.readString(DashboardFixtures.example("cxzy-2026.plan")));
		assertTrue(source.contains("<script>alert(1)</script>") && source.contains("\\\"><img src=x onerror=alert(1)>"));
		DashboardFixtures.Loaded plan = DashboardFixtures.load(injector, dir, "hostile.plan", source);
		assertTrue(plan.plan().eResource().getErrors().isEmpty(), () -> "parses: " + plan.plan().eResource().getErrors());
		OutputFolder out = OutputFolder.open(dir.resolve("out"));
		for (PlanOutput output : List.of(new DashboardOutput(f -> plan.problems()), new BriefOutput(), new MindMapOutput())) {
			String text = Files.readString(output.write(plan.facts(), out).get(0), StandardCharsets.UTF_8);
			Document document = DashboardFixtures.xml(text);
			assertNothingRuns(document, output.format());
			String shown = document.getDocumentElement().getTextContent();
			assertTrue(shown.contains(DashboardFixtures.SCRIPT), output.format() + " shows the script text");
			assertTrue(shown.contains("onerror=alert(1)>"), output.format() + " shows the img text");
			if (!output.format().equals("mindmap")) {
				DashboardHtmlTest.assertOffline(text);
			}
		}
	}

	/** No script or img element anywhere, no event-handler attribute, no javascript: value. */
	private static void assertNothingRuns(Document document, String format) {
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			String name = element.getTagName().toLowerCase(Locale.ROOT);
			assertFalse(List.of("script", "img", "iframe", "object", "embed", "foreignobject").contains(name),
					format + ": <" + name + ">");
			NamedNodeMap attributes = element.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				String attribute = attributes.item(a).getNodeName().toLowerCase(Locale.ROOT);
				assertFalse(attribute.startsWith("on"), format + ": " + attribute + " on <" + name + ">");
				assertFalse(attributes.item(a).getNodeValue().toLowerCase(Locale.ROOT).contains("javascript:"));
			}
		}
	}

	@Test
	void markupBuilderRefusesWhatCouldRunOrFetch() {
		Markup markup = new Markup();
		assertThrows(IllegalArgumentException.class, () -> markup.open("script"));
		assertThrows(IllegalArgumentException.class, () -> markup.empty("img", "src", "x"));
		assertThrows(IllegalArgumentException.class, () -> markup.open("div", "onclick", "x"));
		assertThrows(IllegalArgumentException.class, () -> markup.open("a", "href", "http://x"));
		assertThrows(IllegalArgumentException.class, () -> markup.open("div\" onload=\"x"));
		assertThrows(IllegalArgumentException.class, () -> markup.empty("div"), "HTML reads <div/> as an open tag");
		assertEquals("<p title=\"&quot;&gt;\">&lt;b&gt;</p>", new Markup().element("p", "<b>", "title", "\">").toString());
		assertThrows(IllegalStateException.class, () -> new Markup().open("p").toString(), "unclosed elements");
	}

	@Test
	void linksStayInsideTheOutputFolderAndCannotBecomeScriptUrls() {
		assertEquals("<a href=\"%E6%B4%BB%E5%8A%A8/%E6%96%B9%20%E6%A1%88.html\">方 案.html</a>",
				new Markup().relativeLink("活动/方 案.html", "方 案.html").toString());
		assertEquals("<a href=\"javascript%3Aalert%281%29\">x</a>",
				new Markup().relativeLink("javascript:alert(1)", "x").toString(), "a scheme is encoded into a file name");
		for (String escaping : new String[] { "../x.html", "/etc/passwd", "a//b", "a/./b", "a\\..\\b" }) {
			assertThrows(IllegalArgumentException.class, () -> new Markup().relativeLink(escaping, "x"), escaping);
		}
	}
}
