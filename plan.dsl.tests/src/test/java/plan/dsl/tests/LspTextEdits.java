package plan.dsl.tests;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/** Applies LSP text edits to a text as an editor does: positions in UTF-16 units, all edits against the original. */
final class LspTextEdits {

	private LspTextEdits() {
	}

	static String apply(String text, List<? extends TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed())
				.forEach(edit -> result.replace(offset(text, edit.getRange().getStart()),
						offset(text, edit.getRange().getEnd()), edit.getNewText()));
		return result.toString();
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
