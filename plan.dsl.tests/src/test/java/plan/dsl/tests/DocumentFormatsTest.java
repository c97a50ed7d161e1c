package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.Html;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.generator.document.Block;
import plan.dsl.generator.document.MarkdownText;
import plan.dsl.generator.document.PlanDocument;
import plan.dsl.generator.document.PlanOutline;
import plan.dsl.plan.Plan;

/**
 * Markdown, HTML and DOCX of each complete plan (shared corpus and bundled examples), written through {@link PlanOutputs}, each carry
 * the outline faithfully: the same headings in the same order and levels, and every table row cell by
 * cell (the outline itself is checked in {@link DocumentOutlineTest} and {@link DocumentTablesTest}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DocumentFormatsTest {

	private static final Pattern HTML_HEADING = Pattern.compile("<h([2-4])>(.*?)</h\\1>");

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider factsProvider;

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "cxzy-2026.plan", "dangjian-2027.plan", "volunteer-week.plan" })
	void everyFormatCarriesAllHeadingsAndTableRows(String corpusFile) throws Exception {
		check(factsProvider.get(DocumentFixtures.corpusPlan(parser, corpusFile)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "anquan-2026.plan", "innovation-2027.plan", "twins/kickoff.en.plan",
			"twins/kickoff.zh.plan" })
	void bundledExamplesToo(String example) throws Exception {
		check(factsProvider.get(DocumentFixtures.bundledPlan(parser, example)));
	}

	private void check(PlanFacts facts) throws Exception {
		PlanDocument outline = PlanOutline.of(facts);
		List<String> headings = DocumentOutlineTest.headings(outline);
		List<Block.Table> tables = DocumentTablesTest.blocks(outline).stream().filter(Block.Table.class::isInstance)
				.map(Block.Table.class::cast).toList();
		assertTrue(tables.size() >= 3, "corpus plans have tables");

		OutputFolder out = OutputFolder.open(dir);
		String name = facts.plan().getName();
		Path markdown = write("md", facts, out, name + ".md");
		Path html = write("html", facts, out, name + ".html");
		Path docx = write("docx", facts, out, name + ".docx");

		checkMarkdown(DocumentFixtures.read(markdown), outline, headings, tables);
		checkHtml(DocumentFixtures.read(html), headings, tables);
		checkDocx(docx, outline, headings, tables);
	}

	private static Path write(String format, PlanFacts facts, OutputFolder out, String expectedName) throws Exception {
		PlanOutput output = PlanOutputs.byFormat(format).orElseThrow();
		assertEquals(expectedName, output.fileName(facts));
		List<Path> written = output.write(facts, out);
		assertEquals(List.of(out.root().resolve(expectedName)), written);
		assertTrue(Files.size(written.get(0)) > 0);
		return written.get(0);
	}

	private static void checkMarkdown(String markdown, PlanDocument outline, List<String> headings,
			List<Block.Table> tables) {
		assertTrue(markdown.startsWith("# " + MarkdownText.escape(outline.title()) + "\n"), markdown);
		List<String> found = markdown.lines().filter(line -> line.matches("#{2,4} .*"))
				.map(line -> line.substring(line.indexOf(' ') + 1)).toList();
		assertEquals(headings.stream().map(MarkdownText::escape).toList(), found);
		for (Block.Table table : tables) {
			assertTrue(markdown.contains(markdownRow(table.header(), false)), table.header().toString());
			for (List<String> row : table.rows()) {
				assertTrue(markdown.contains(markdownRow(row, false)), () -> "markdown row " + row);
			}
			if (table.hasTotal()) {
				assertTrue(markdown.contains(markdownRow(table.total(), true)), () -> "markdown total " + table.total());
			}
		}
	}

	private static String markdownRow(List<String> cells, boolean bold) {
		StringBuilder row = new StringBuilder("|");
		for (String cell : cells) {
			String text = MarkdownText.escape(cell);
			row.append(' ').append(bold && !cell.isEmpty() ? "**" + text + "**" : text).append(" |");
		}
		return row.toString();
	}

	private static void checkHtml(String html, List<String> headings, List<Block.Table> tables) {
		List<String> found = new ArrayList<>();
		Matcher matcher = HTML_HEADING.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(2));
		}
		assertEquals(headings.stream().map(Html::escape).toList(), found);
		for (Block.Table table : tables) {
			assertTrue(html.contains(htmlRow("th", table.header())), table.header().toString());
			for (List<String> row : table.rows()) {
				assertTrue(html.contains(htmlRow("td", row)), () -> "html row " + row);
			}
			if (table.hasTotal()) {
				assertTrue(html.contains("<tfoot>" + htmlRow("td", table.total())), () -> "html total " + table.total());
			}
		}
	}

	private static String htmlRow(String cellTag, List<String> cells) {
		StringBuilder row = new StringBuilder("<tr>");
		cells.forEach(cell -> row.append('<').append(cellTag).append('>').append(Html.escape(cell))
				.append("</").append(cellTag).append('>'));
		return row.append("</tr>").toString();
	}

	private static void checkDocx(Path file, PlanDocument outline, List<String> headings, List<Block.Table> tables)
			throws Exception {
		try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
			List<String> found = new ArrayList<>();
			for (XWPFParagraph paragraph : docx.getParagraphs()) {
				String style = paragraph.getStyle();
				if (style != null && style.startsWith("Heading")) {
					found.add(paragraph.getText());
				}
			}
			assertEquals(headings, found);
			assertEquals("Title", docx.getParagraphs().get(0).getStyle());
			assertEquals(outline.title(), docx.getParagraphs().get(0).getText());

			List<XWPFTable> docxTables = docx.getTables();
			assertEquals(tables.size(), docxTables.size());
			for (int i = 0; i < tables.size(); i++) {
				Block.Table expected = tables.get(i);
				List<List<String>> rows = new ArrayList<>();
				rows.add(expected.header());
				rows.addAll(expected.rows());
				if (expected.hasTotal()) {
					rows.add(expected.total());
				}
				assertEquals(rows, texts(docxTables.get(i)), "table " + expected.caption());
			}
		}
	}

	private static List<List<String>> texts(XWPFTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
		}
		return rows;
	}
}
