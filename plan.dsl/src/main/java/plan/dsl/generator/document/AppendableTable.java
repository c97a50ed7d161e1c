package plan.dsl.generator.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * A Word table that grows one row at a time in constant time. POI's own ways to build a table
 * ({@code createTable(rows, columns)}, {@code createRow()}, {@code getRow(i)}, even wrapping a finished
 * table) ask XmlBeans for the number of rows on every row, and XmlBeans counts them one by one: a
 * 10,000-project list took seconds. Here each row is appended to the XML and to POI's row list directly.
 */
final class AppendableTable extends XWPFTable {

	private AppendableTable(XWPFDocument document) {
		super(document.getDocument().getBody().addNewTbl(), document, false);
	}

	/** A table without rows at the end of the document's body. */
	static AppendableTable appendTo(XWPFDocument document) {
		AppendableTable table = new AppendableTable(document);
		document.insertTable(document.getBodyElements().size(), table);
		return table;
	}

	/** A new last row of {@code columns} cells, each holding one empty paragraph. */
	XWPFTableRow appendRow(int columns) {
		CTRow xml = getCTTbl().addNewTr();
		for (int column = 0; column < columns; column++) {
			xml.addNewTc().addNewP();
		}
		XWPFTableRow row = new XWPFTableRow(xml, this);
		tableRows.add(row);
		return row;
	}
}
