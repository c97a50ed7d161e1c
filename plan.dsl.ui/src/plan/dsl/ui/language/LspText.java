package plan.dsl.ui.language;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Positions and edits of the protocol (line, UTF-16 column) on an Eclipse document (UTF-16 offsets). */
public final class LspText {

	private LspText() {
	}

	public static Position position(IDocument document, int offset) {
		try {
			int line = document.getLineOfOffset(offset);
			return new Position(line, offset - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}

	public static int offset(IDocument document, Position position) {
		try {
			if (position.getLine() >= document.getNumberOfLines()) {
				return document.getLength();
			}
			int lineOffset = document.getLineOffset(position.getLine());
			int lineLength = document.getLineLength(position.getLine());
			return lineOffset + Math.min(position.getCharacter(), lineLength);
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	/** Applies {@code edits} (all relative to the document before any of them), last first. */
	public static void apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		List<? extends TextEdit> ordered = edits.stream()
				.sorted(Comparator.comparingInt((TextEdit edit) -> offset(document, edit.getRange().getStart())).reversed())
				.toList();
		for (TextEdit edit : ordered) {
			Range range = edit.getRange();
			int start = offset(document, range.getStart());
			document.replace(start, offset(document, range.getEnd()) - start, edit.getNewText());
		}
	}
}
