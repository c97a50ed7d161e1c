package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.plan.Plan;

/** The DOCX read back with POI: Word heading styles, fonts, A4 page with official margins, footer, tables. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DocumentDocxTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider facts;

	@TempDir
	Path dir;

	@Test
	void headingsUseWordsBuiltInHeadingStylesWithOutlineLevels() throws Exception {
		try (XWPFDocument docx = docx("cxzy-2026.plan")) {
			for (int level = 1; level <= 3; level++) {
				XWPFStyle style = docx.getStyles().getStyle("Heading" + level);
				assertNotNull(style, "Heading" + level + " is defined in the document");
				assertEquals("heading " + level, style.getName(), "Word's built-in name, so a TOC finds it");
				assertEquals(BigInteger.valueOf(level - 1), style.getCTStyle().getPPr().getOutlineLvl().getVal());
				assertEquals("黑体", fonts(style.getCTStyle().getRPr()).getEastAsia());
			}
			assertEquals(List.of("一、背景与目标", "二、策划团队与调研", "三、活动方案", "四、审批与跟踪"),
					textsWithStyle(docx, "Heading1"));
			assertEquals(List.of("（一）背景分析", "（二）工作目标", "（一）策划团队", "（二）调研与分析", "（一）活动主题",
					"（二）活动对象与范围", "（三）时间安排", "（四）内容与载体", "（五）评选标准与办法", "（六）宣传推广", "（七）保障措施",
					"（八）预期成果与检验", "（一）方案审批", "（二）过程跟踪"), textsWithStyle(docx, "Heading2"));
			assertEquals(List.of("1.组织保障", "2.人员保障", "3.经费保障", "4.物资保障"), textsWithStyle(docx, "Heading3"));
		}
	}

	@Test
	void firstPageHasTitleAndOrganisation() throws Exception {
		try (XWPFDocument docx = docx("cxzy-2026.plan")) {
			List<XWPFParagraph> paragraphs = docx.getParagraphs();
			assertEquals("Title", paragraphs.get(0).getStyle());
			assertEquals("2026年度“创先争优”活动方案", paragraphs.get(0).getText());
			assertEquals("Subtitle", paragraphs.get(1).getStyle());
			assertEquals("某市供电公司党委", paragraphs.get(1).getText());
			assertEquals("某市供电公司党委", docx.getProperties().getCoreProperties().getCreator());
		}
	}

	@Test
	void bodyIsFangSongWithTimesNewRomanAndChineseProofingLanguage() throws Exception {
		try (XWPFDocument docx = docx("cxzy-2026.plan")) {
			CTRPr defaults = docx.getStyle().getDocDefaults().getRPrDefault().getRPr();
			CTFonts fonts = fonts(defaults);
			assertEquals("仿宋", fonts.getEastAsia());
			assertEquals("Times New Roman", fonts.getAscii());
			assertEquals("Times New Roman", fonts.getHAnsi());
			assertEquals("zh-CN", defaults.getLangArray(0).getVal());
			assertEquals(BigInteger.valueOf(32), defaults.getSzArray(0).getVal(), "三号, 16 pt");
		}
	}

	@Test
	void pageIsA4WithGbT9704MarginsAndAPageNumberField() throws Exception {
		try (XWPFDocument docx = docx("cxzy-2026.plan")) {
			CTSectPr section = docx.getDocument().getBody().getSectPr();
			CTPageSz size = section.getPgSz();
			assertEquals(BigInteger.valueOf(11906), size.getW(), "210 mm");
			assertEquals(BigInteger.valueOf(16838), size.getH(), "297 mm");
			CTPageMar margins = section.getPgMar();
			assertEquals(BigInteger.valueOf(2098), margins.getTop(), "37 mm");
			assertEquals(BigInteger.valueOf(1984), margins.getBottom(), "35 mm");
			assertEquals(BigInteger.valueOf(1587), margins.getLeft(), "28 mm");
			assertEquals(BigInteger.valueOf(1474), margins.getRight(), "26 mm");
			List<XWPFFooter> footers = docx.getFooterList();
			assertEquals(1, footers.size());
			String footerXml = footers.get(0).getParagraphs().get(0).getCTP().xmlText();
			assertTrue(footerXml.contains("PAGE"), footerXml);
			assertTrue(footerXml.contains("fldCharType=\"begin\"") && footerXml.contains("fldCharType=\"end\""));
		}
	}

	@Test
	void tablesHaveBordersARepeatedHeaderRowAndFillTheTextWidth() throws Exception {
		try (XWPFDocument docx = docx("cxzy-2026.plan")) {
			List<XWPFTable> tables = docx.getTables();
			assertEquals(10, tables.size(), "goals, team, phases, projects, criteria, publicity, budget items, "
					+ "project budgets, outcomes, approval");
			for (XWPFTable table : tables) {
				assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getTopBorderType());
				assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getInsideHBorderType());
				assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getInsideVBorderType());
				assertTrue(table.getRow(0).isRepeatHeader(), "header row repeats on every page");
				assertEquals("E7E6E6", table.getRow(0).getCell(0).getColor());
				int width = table.getCTTbl().getTblGrid().getGridColList().stream()
						.mapToInt(column -> ((BigInteger) column.getW()).intValue()).sum();
				assertEquals(11906 - 1587 - 1474, width, "the 156 mm text block");
			}
			XWPFTable criteria = tables.stream().filter(table -> "评选指标".equals(table.getRow(0).getCell(0).getText()))
					.findFirst().orElseThrow();
			assertEquals(5, criteria.getNumberOfRows(), "header, three criteria, total");
			XWPFTableCell total = criteria.getRow(4).getCell(1);
			assertEquals("100%", total.getText());
			assertTrue(total.getParagraphs().get(0).getRuns().get(0).isBold());
		}
	}

	/** Word shows a repair prompt for parts that break the schema (element order, values); these parts do not. */
	@Test
	void partsValidateAgainstTheWordprocessingMlSchema() throws Exception {
		List<XWPFDocument> documents = List.of(docx("cxzy-2026.plan"), docx("volunteer-week.plan"),
				docx(DocumentFixtures.parse(parser, DocumentFixtures.hostilePlanText())));
		for (XWPFDocument docx : documents) {
			try (docx; InputStream numbering = docx.getNumbering().getPackagePart().getInputStream()) {
				assertValid(docx.getDocument());
				assertValid(docx.getStyle());
				assertValid(docx.getFooterList().get(0)._getHdrFtr());
				assertValid(NumberingDocument.Factory.parse(numbering));
			}
		}
	}

	private static void assertValid(XmlObject part) {
		List<XmlError> errors = new ArrayList<>();
		assertTrue(part.validate(new XmlOptions().setErrorListener(errors)), () -> errors.toString());
	}

	@Test
	void englishDocumentUsesEnglishHeadingsAndProofingLanguage() throws Exception {
		try (XWPFDocument docx = docx("volunteer-week.plan")) {
			assertEquals(List.of("1 Background and goals", "2 Planning team and research", "3 Implementation plan"),
					textsWithStyle(docx, "Heading1"));
			CTRPr defaults = docx.getStyle().getDocDefaults().getRPrDefault().getRPr();
			assertEquals("en-US", defaults.getLangArray(0).getVal());
			assertFalse(fonts(defaults).isSetHint(), "no East Asian hint for “ ” in English text");
		}
	}

	private XWPFDocument docx(String corpusFile) throws Exception {
		return docx(DocumentFixtures.corpusPlan(parser, corpusFile));
	}

	private XWPFDocument docx(Plan plan) throws Exception {
		Path file = PlanOutputs.byFormat("docx").orElseThrow().write(facts.get(plan), OutputFolder.open(dir)).get(0);
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	private static List<String> textsWithStyle(XWPFDocument docx, String style) {
		return docx.getParagraphs().stream().filter(paragraph -> style.equals(paragraph.getStyle()))
				.map(XWPFParagraph::getText).toList();
	}

	private static CTFonts fonts(CTRPr properties) {
		return properties.getRFontsArray(0);
	}
}
