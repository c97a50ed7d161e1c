package plan.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/** Toggle comment with the grammar's single-line comment ({@code //}). */
public final class LineComments {

	static final String PREFIX = "//";

	private LineComments() {
	}

	/** Uncomments lines {@code first}..{@code last} when every non-blank one is commented, else comments them all. */
	public static void toggle(IDocument document, int first, int last) {
		try {
			boolean allCommented = true;
			for (int line = first; line <= last; line++) {
				String text = lineText(document, line);
				if (!text.isBlank() && !text.stripLeading().startsWith(PREFIX)) {
					allCommented = false;
				}
			}
			for (int line = last; line >= first; line--) {
				String text = lineText(document, line);
				int offset = document.getLineOffset(line);
				if (allCommented) {
					int at = text.indexOf(PREFIX);
					if (at >= 0) {
						document.replace(offset + at, PREFIX.length(), "");
					}
				} else if (!text.isBlank()) {
					document.replace(offset, 0, PREFIX);
				}
			}
		} catch (BadLocationException e) {
			// lines outside the document: nothing to toggle
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		return document.get(document.getLineOffset(line), document.getLineLength(line));
	}
}
