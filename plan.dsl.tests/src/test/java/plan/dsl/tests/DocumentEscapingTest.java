package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.plan.Plan;

/**
 * A plan whose every string is {@code <script>alert(1)</script>} or {@code "><img src=x onerror=alert(1)>}
 * yields documents that show those strings and never contain them as markup.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DocumentEscapingTest {

	private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
	private static final String IMG_ESCAPED_HTML = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
	private static final String IMG_ESCAPED_MARKDOWN = "\"&gt;&lt;img src=x onerror=alert(1)&gt;";
	/** Every element the HTML document is made of; anything else would have come from plan text. */
	private static final Set<String> HTML_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "main",
			"header", "section", "h1", "h2", "h3", "h4", "p", "strong", "ul", "li", "table", "caption", "thead",
			"tbody", "tfoot", "tr", "th", "td");
	private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider factsProvider;

	@TempDir
	Path dir;

	private PlanFacts facts;
	private OutputFolder out;

	@BeforeEach
	void parseHostilePlan() throws Exception {
		facts = factsProvider.get(DocumentFixtures.parse(parser, DocumentFixtures.hostilePlanText()));
		out = OutputFolder.open(dir);
	}

	@Test
	void htmlShowsEveryHostileStringAsText() throws Exception {
		String html = generate("html");
		String lower = html.toLowerCase(Locale.ROOT);
		assertFalse(lower.contains("<script"), "no script element");
		assertFalse(lower.contains("<img"), "no img element");
		Set<String> tags = new TreeSet<>();
		Matcher matcher = TAG.matcher(html);
		while (matcher.find()) {
			tags.add(matcher.group(1).toLowerCase(Locale.ROOT));
		}
		assertTrue(HTML_TAGS.containsAll(tags), "unexpected elements: " + tags);
		assertTrue(html.contains("<title>" + SCRIPT_ESCAPED + "</title>"));
		assertTrue(html.contains("<h1>" + SCRIPT_ESCAPED + "</h1>"));
		assertTrue(count(html, SCRIPT_ESCAPED) >= 25, "script strings shown: " + count(html, SCRIPT_ESCAPED));
		assertTrue(count(html, IMG_ESCAPED_HTML) >= 20, "img strings shown: " + count(html, IMG_ESCAPED_HTML));
		assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
				+ "style-src &#39;unsafe-inline&#39;\"/>"), "scripts are forbidden even if something slipped through");
	}

	@Test
	void markdownShowsEveryHostileStringAsText() throws Exception {
		String markdown = generate("md");
		String lower = markdown.toLowerCase(Locale.ROOT);
		assertFalse(lower.contains("<script"), "no raw script tag");
		assertFalse(lower.contains("<img"), "no raw img tag");
		assertTrue(markdown.startsWith("# " + SCRIPT_ESCAPED + "\n"));
		assertTrue(count(markdown, SCRIPT_ESCAPED) >= 25, "script strings shown: " + count(markdown, SCRIPT_ESCAPED));
		assertTrue(count(markdown, IMG_ESCAPED_MARKDOWN) >= 20);
		// the only raw tag the Markdown may hold is the line break it writes itself
		assertEquals(0, count(markdown.replace("<br>", ""), "<"));
	}

	@Test
	void docxHoldsTheHostileStringsAsLiteralText() throws Exception {
		Path docx = dir.resolve(PlanOutputs.byFormat("docx").orElseThrow().write(facts, out).get(0).getFileName());
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertTrue(count(text, DocumentFixtures.SCRIPT) >= 25, "script strings shown as text");
			assertTrue(count(text, DocumentFixtures.IMG) >= 20, "img strings shown as text");
			assertEquals(DocumentFixtures.SCRIPT, document.getProperties().getCoreProperties().getTitle());
		}
	}

	@Test
	void markdownSyntaxInPlanTextStaysText() throws Exception {
		String text = "plan M \"# 标题 *强调* [链接](http://x) | 竖线 `代码`\" { background { \"1. 不是列表\" \"- 也不是\" } }";
		PlanFacts plain = factsProvider.get(DocumentFixtures.parse(parser, text));
		String markdown = DocumentFixtures.read(PlanOutputs.byFormat("md").orElseThrow().write(plain, out).get(0));
		assertTrue(markdown.startsWith("# # 标题 \\*强调\\* \\[链接\\](http://x) \\| 竖线 \\`代码\\`\n"), markdown);
		assertTrue(markdown.contains("\n1\\. 不是列表\n"), markdown);
		assertTrue(markdown.contains("\n\\- 也不是\n"), markdown);
	}

	private String generate(String format) throws Exception {
		return DocumentFixtures.read(PlanOutputs.byFormat(format).orElseThrow().write(facts, out).get(0));
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}
}
