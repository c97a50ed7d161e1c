package plan.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * A fix ready to offer: its label in the plan's language and the replacements it makes, all against the same
 * original text (LSP semantics: edits of one change never overlap and are not shifted by each other).
 */
public record PlanFix(String label, List<Replacement> replacements) {

	public List<TextEdit> textEdits(Document document) {
		return replacements.stream()
				.map(r -> new TextEdit(new Range(document.getPosition(r.offset()),
						document.getPosition(r.offset() + r.length())), r.text()))
				.toList();
	}
}
