package plan.dsl.generator.document;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * One table of the DOCX: a caption above it, single borders all round, a shaded header row that Word
 * repeats on every page, an optional bold total row, and fixed column widths ({@link DocxColumnWidths}) so
 * Word and LibreOffice lay it out alike.
 */
final class DocxTable {

	private static final String HEADER_FILL = "E7E6E6";

	private DocxTable() {
	}

	static void write(XWPFDocument document, Block.Table table) {
		if (table.caption() != null) {
			XWPFParagraph caption = document.createParagraph();
			caption.setStyle(DocxStyles.CAPTION);
			DocxText.append(caption, table.caption(), false);
		}
		int columns = table.header().size();
		AppendableTable docx = AppendableTable.appendTo(document);
		int[] widths = DocxColumnWidths.of(table, DocxPage.TEXT_WIDTH);
		layout(docx, widths);
		borders(docx);

		XWPFTableRow header = docx.appendRow(columns);
		header.setRepeatHeader(true);
		fill(header, table.header(), widths, true);
		for (XWPFTableCell cell : header.getTableCells()) {
			cell.setColor(HEADER_FILL);
		}
		for (List<String> row : table.rows()) {
			fill(docx.appendRow(columns), row, widths, false);
		}
		if (table.hasTotal()) {
			fill(docx.appendRow(columns), table.total(), widths, true);
		}
		// an empty paragraph keeps two consecutive tables from merging into one
		document.createParagraph().setStyle(DocxStyles.TABLE_TEXT);
	}

	private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean bold) {
		row.setCantSplitRow(true);
		for (int column = 0; column < cells.size(); column++) {
			XWPFTableCell cell = row.getCell(column);
			cell.setWidth(Integer.toString(widths[column]));
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setStyle(DocxStyles.TABLE_TEXT);
			DocxText.append(paragraph, cells.get(column), bold);
		}
	}

	private static void layout(XWPFTable table, int[] widths) {
		CTTbl ct = table.getCTTbl();
		CTTblPr properties = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
		CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(DocxPage.TEXT_WIDTH));
		CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
	}

	private static void borders(XWPFTable table) {
		int eighthsOfPoint = 4;
		String black = "000000";
		table.setTopBorder(XWPFBorderType.SINGLE, eighthsOfPoint, 0, black);
		table.setBottomBorder(XWPFBorderType.SINGLE, eighthsOfPoint, 0, black);
		table.setLeftBorder(XWPFBorderType.SINGLE, eighthsOfPoint, 0, black);
		table.setRightBorder(XWPFBorderType.SINGLE, eighthsOfPoint, 0, black);
		table.setInsideHBorder(XWPFBorderType.SINGLE, eighthsOfPoint, 0, black);
		table.setInsideVBorder(XWPFBorderType.SINGLE, eighthsOfPoint, 0, black);
	}
}
