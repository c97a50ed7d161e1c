package plan.dsl.generator.document;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Page setup of the DOCX: A4 portrait with the margins of Chinese official documents (GB/T 9704: top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm, a 156 mm wide text block) and the page number centred in the
 * footer as "— 1 —", computed by Word's PAGE field.
 */
final class DocxPage {

	static final int A4_WIDTH = 11906;
	static final int A4_HEIGHT = 16838;
	static final int TOP = twips(37);
	static final int BOTTOM = twips(35);
	static final int LEFT = twips(28);
	static final int RIGHT = twips(26);
	/** Width of the text block, which tables fill. */
	static final int TEXT_WIDTH = A4_WIDTH - LEFT - RIGHT;

	private DocxPage() {
	}

	/** Millimetres to twentieths of a point, the unit of Word's page measures. */
	static int twips(double millimetres) {
		return (int) Math.round(millimetres * 1440 / 25.4);
	}

	/** Call after the body is written: the section properties must stay the body's last element. */
	static void apply(XWPFDocument document) {
		pageNumberFooter(document.createFooter(HeaderFooterType.DEFAULT));
		CTBody body = document.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(TOP));
		margins.setBottom(BigInteger.valueOf(BOTTOM));
		margins.setLeft(BigInteger.valueOf(LEFT));
		margins.setRight(BigInteger.valueOf(RIGHT));
		margins.setHeader(BigInteger.valueOf(twips(15)));
		margins.setFooter(BigInteger.valueOf(twips(20)));
		margins.setGutter(BigInteger.ZERO);
	}

	private static void pageNumberFooter(XWPFFooter footer) {
		XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph()
				: footer.getParagraphs().get(0);
		paragraph.setStyle(DocxStyles.FOOTER);
		paragraph.createRun().setText("— ");
		fieldChar(paragraph, STFldCharType.BEGIN);
		CTText instruction = paragraph.createRun().getCTR().addNewInstrText();
		instruction.setStringValue(" PAGE ");
		instruction.setSpace(SpaceAttribute.Space.PRESERVE);
		fieldChar(paragraph, STFldCharType.SEPARATE);
		paragraph.createRun().setText("1");
		fieldChar(paragraph, STFldCharType.END);
		paragraph.createRun().setText(" —");
	}

	private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
		XWPFRun run = paragraph.createRun();
		run.getCTR().addNewFldChar().setFldCharType(type);
	}
}
