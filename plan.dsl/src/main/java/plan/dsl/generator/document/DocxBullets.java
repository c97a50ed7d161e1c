package plan.dsl.generator.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** A real Word bullet list definition (numbering part), so list items indent and wrap like Word's own. */
final class DocxBullets {

	private DocxBullets() {
	}

	/** Defines the bullet list and returns the numbering id paragraphs refer to. */
	static BigInteger define(XWPFDocument document) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = definition.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		level.addNewLvlJc().setVal(STJc.LEFT);
		CTInd indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(640));
		indent.setHanging(BigInteger.valueOf(320));
		// the bullet is a Latin character: without an eastAsia hint Word draws it from the Latin font
		CTFonts fonts = level.addNewRPr().addNewRFonts();
		fonts.setAscii(DocxStyles.LATIN_FONT);
		fonts.setHAnsi(DocxStyles.LATIN_FONT);
		XWPFNumbering numbering = document.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
		return numbering.addNum(abstractId);
	}
}
