package plan.dsl.generator.document;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Puts plain text into DOCX runs: line breaks become Word breaks, characters XML cannot hold become U+FFFD. */
final class DocxText {

	private DocxText() {
	}

	static XWPFRun append(XWPFParagraph paragraph, String text, boolean bold) {
		XWPFRun run = paragraph.createRun();
		if (bold) {
			run.setBold(true);
		}
		String[] lines = xmlSafe(text).split("\\r?\\n|\\r", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
		return run;
	}

	/** XML 1.0 forbids most control characters and unpaired surrogates; a plan string may contain them. */
	static String xmlSafe(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
			boolean unpaired = Character.isHighSurrogate(c)
					? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
					: Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
			out.append(control || unpaired || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c);
		}
		return out.toString();
	}
}
