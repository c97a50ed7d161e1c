package plan.dsl.generator.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles part of the DOCX. Headings are Word's built-in "heading 1–3" (style ids Heading1–3 with an
 * outline level), so Word's navigation pane, a table of contents and LibreOffice's outline all find them.
 * Chinese documents follow the official-document look (GB/T 9704): 仿宋 body and 黑体 headings at 三号
 * (16 pt), 22 pt title; every style names an East Asian and a Latin font so mixed text renders right.
 */
final class DocxStyles {

	static final String NORMAL = "Normal";
	static final String TITLE = "Title";
	static final String SUBTITLE = "Subtitle";
	static final String BODY = "BodyText";
	static final String TABLE_TEXT = "TableText";
	static final String CAPTION = "Caption";
	static final String LIST = "ListParagraph";
	static final String FOOTER = "Footer";

	static final String LATIN_FONT = "Times New Roman";
	static final String BODY_FONT = "仿宋";
	static final String HEADING_FONT = "黑体";

	/** Word's built-in style id of heading {@code level} (1–3). */
	static String heading(int level) {
		return "Heading" + level;
	}

	private final boolean chinese;

	private DocxStyles(boolean chinese) {
		this.chinese = chinese;
	}

	/** Defines all styles the renderer uses; {@code chinese} selects the official-document typography. */
	static void define(XWPFDocument document, boolean chinese) {
		CTStyles styles = CTStyles.Factory.newInstance();
		new DocxStyles(chinese).fill(styles);
		document.createStyles().setStyles(styles);
	}

	private void fill(CTStyles styles) {
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr defaultRun = defaults.addNewRPrDefault().addNewRPr();
		fonts(defaultRun, BODY_FONT);
		size(defaultRun, bodySize());
		language(defaultRun);
		defaults.addNewPPrDefault().addNewPPr();

		CTStyle normal = style(styles, STStyleType.PARAGRAPH, NORMAL, "Normal", null);
		normal.setDefault(Boolean.TRUE);
		CTPPrGeneral normalParagraph = normal.addNewPPr();
		// Chinese text is justified like an official document; English justified in a narrow list gapes
		normalParagraph.addNewJc().setVal(chinese ? STJc.BOTH : STJc.LEFT);
		lineSpacing(normalParagraph.addNewSpacing(), 0, 0);

		CTStyle body = style(styles, STStyleType.PARAGRAPH, BODY, "Body Text", NORMAL);
		if (chinese) {
			// two-character first-line indent of Chinese running text
			body.addNewPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
		}

		CTStyle title = style(styles, STStyleType.PARAGRAPH, TITLE, "Title", NORMAL);
		CTPPrGeneral titleParagraph = title.addNewPPr();
		titleParagraph.addNewJc().setVal(STJc.CENTER);
		titleParagraph.addNewSpacing().setAfter(BigInteger.valueOf(240));
		CTRPr titleRun = title.addNewRPr();
		fonts(titleRun, HEADING_FONT);
		size(titleRun, 44);

		CTStyle subtitle = style(styles, STStyleType.PARAGRAPH, SUBTITLE, "Subtitle", NORMAL);
		subtitle.addNewPPr().addNewJc().setVal(STJc.CENTER);

		for (int level = 1; level <= 3; level++) {
			headingStyle(styles, level);
		}

		CTStyle tableText = style(styles, STStyleType.PARAGRAPH, TABLE_TEXT, "Table Text", NORMAL);
		CTPPrGeneral tableParagraph = tableText.addNewPPr();
		tableParagraph.addNewJc().setVal(STJc.LEFT);
		CTSpacing tableSpacing = tableParagraph.addNewSpacing();
		tableSpacing.setLine(BigInteger.valueOf(240));
		tableSpacing.setLineRule(STLineSpacingRule.AUTO);
		size(tableText.addNewRPr(), 21);

		CTStyle caption = style(styles, STStyleType.PARAGRAPH, CAPTION, "caption", NORMAL);
		CTPPrGeneral captionParagraph = caption.addNewPPr();
		captionParagraph.addNewKeepNext();
		captionParagraph.addNewJc().setVal(STJc.CENTER);
		CTRPr captionRun = caption.addNewRPr();
		fonts(captionRun, HEADING_FONT);
		size(captionRun, 24);

		CTStyle list = style(styles, STStyleType.PARAGRAPH, LIST, "List Paragraph", NORMAL);
		list.addNewPPr().addNewInd().setLeftChars(BigInteger.valueOf(200));

		CTStyle footer = style(styles, STStyleType.PARAGRAPH, FOOTER, "footer", NORMAL);
		footer.addNewPPr().addNewJc().setVal(STJc.CENTER);
		CTRPr footerRun = footer.addNewRPr();
		fonts(footerRun, BODY_FONT);
		size(footerRun, 28);
	}

	private void headingStyle(CTStyles styles, int level) {
		CTStyle heading = style(styles, STStyleType.PARAGRAPH, heading(level), "heading " + level, NORMAL);
		heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
		CTPPrGeneral paragraph = heading.addNewPPr();
		paragraph.addNewKeepNext();
		paragraph.addNewKeepLines();
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 120));
		paragraph.addNewJc().setVal(STJc.LEFT);
		paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
		CTRPr run = heading.addNewRPr();
		fonts(run, HEADING_FONT);
		if (!chinese) {
			run.addNewB();
		}
		size(run, chinese ? 32 : new int[] { 32, 28, 24 }[level - 1]);
	}

	private static CTStyle style(CTStyles styles, STStyleType.Enum type, String id, String name, String basedOn) {
		CTStyle style = styles.addNewStyle();
		style.setType(type);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
			style.addNewNext().setVal(id.startsWith("Heading") || id.equals(TITLE) ? BODY : id);
		}
		style.addNewQFormat();
		return style;
	}

	/**
	 * rFonts first: elements of a run's properties must keep the schema's order for Word. In Chinese
	 * documents the eastAsia hint sets characters both scripts share (“ ” quotes, ·) in the Chinese font.
	 */
	private void fonts(CTRPr run, String eastAsiaFont) {
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(LATIN_FONT);
		fonts.setHAnsi(LATIN_FONT);
		fonts.setCs(LATIN_FONT);
		fonts.setEastAsia(eastAsiaFont);
		if (chinese) {
			fonts.setHint(STHint.EAST_ASIA);
		}
	}

	/** The proofing language, after rFonts and sz as the schema orders them. */
	private void language(CTRPr run) {
		CTLanguage language = run.addNewLang();
		language.setVal(chinese ? "zh-CN" : "en-US");
		language.setEastAsia("zh-CN");
	}

	/** Font size in half-points (32 = 16 pt, 三号). */
	static void size(CTRPr run, int halfPoints) {
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
	}

	/** 16 pt (三号) for Chinese official documents, 12 pt for English ones. */
	private int bodySize() {
		return chinese ? 32 : 24;
	}

	/** Chinese body text: a fixed 28 pt line (about 22 lines a page, as GB/T 9704 asks); English: 1.15 lines. */
	private void lineSpacing(CTSpacing spacing, int before, int after) {
		spacing.setBefore(BigInteger.valueOf(before));
		spacing.setAfter(BigInteger.valueOf(chinese ? after : 120));
		if (chinese) {
			spacing.setLine(BigInteger.valueOf(560));
			spacing.setLineRule(STLineSpacingRule.EXACT);
		} else {
			spacing.setLine(BigInteger.valueOf(276));
			spacing.setLineRule(STLineSpacingRule.AUTO);
		}
	}
}
