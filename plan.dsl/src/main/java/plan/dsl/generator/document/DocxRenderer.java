package plan.dsl.generator.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes the outline as a Word document with Apache POI: title and front matter on the first page, the
 * numbered sections as Heading 1–3 paragraphs, fields, bullet lists and bordered tables, then the page
 * setup. The layout lives in {@link DocxStyles}, {@link DocxPage} and {@link DocxTable}.
 */
public final class DocxRenderer {

	private final XWPFDocument docx;
	private BigInteger bullets;

	private DocxRenderer(XWPFDocument docx) {
		this.docx = docx;
	}

	public static void write(PlanDocument document, OutputStream out) throws IOException {
		try (XWPFDocument docx = new XWPFDocument()) {
			new DocxRenderer(docx).document(document);
			docx.write(out);
		}
	}

	private void document(PlanDocument document) {
		boolean chinese = document.languageTag().startsWith("zh");
		DocxStyles.define(docx, chinese);
		paragraph(DocxStyles.TITLE, document.title(), false);
		if (!document.organization().isEmpty()) {
			paragraph(DocxStyles.SUBTITLE, document.organization(), false);
		}
		for (String line : document.frontMatter()) {
			paragraph(DocxStyles.SUBTITLE, line, false);
		}
		document.sections().forEach(this::section);
		DocxPage.apply(docx);
		properties(document);
	}

	private void section(Section section) {
		paragraph(DocxStyles.heading(section.level()), section.heading(), false);
		section.blocks().forEach(this::block);
		section.subsections().forEach(this::section);
	}

	private void block(Block block) {
		switch (block) {
			case Block.Paragraph paragraph -> paragraph(DocxStyles.BODY, paragraph.text(), false);
			case Block.Field field -> {
				XWPFParagraph paragraph = paragraph(DocxStyles.BODY, field.label(), true);
				DocxText.append(paragraph, field.value(), false);
			}
			case Block.Items items -> items(items);
			case Block.Table table -> DocxTable.write(docx, table);
		}
	}

	private void items(Block.Items items) {
		if (items.caption() != null) {
			paragraph(DocxStyles.BODY, items.caption(), true);
		}
		for (String item : items.items()) {
			XWPFParagraph paragraph = paragraph(DocxStyles.LIST, item, false);
			paragraph.setNumID(bulletList());
			paragraph.setNumILvl(BigInteger.ZERO);
		}
	}

	/** The bullet definition is added on first use, so a document without lists has no numbering part. */
	private BigInteger bulletList() {
		if (bullets == null) {
			bullets = DocxBullets.define(docx);
		}
		return bullets;
	}

	private XWPFParagraph paragraph(String style, String text, boolean bold) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setStyle(style);
		DocxText.append(paragraph, text, bold);
		return paragraph;
	}

	/** Title, author (the issuing organisation) and language in the file's properties, as Word shows them. */
	private void properties(PlanDocument document) {
		var core = docx.getProperties().getCoreProperties();
		core.setTitle(DocxText.xmlSafe(document.title()));
		if (!document.organization().isEmpty()) {
			core.setCreator(DocxText.xmlSafe(document.organization()));
		}
	}
}
