package plan.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import plan.dsl.ui.language.DocumentUris;
import plan.dsl.ui.language.LspText;

/** One quick fix of the language server, applied to the document it edits. */
public class PlanFixProposal implements ICompletionProposal {

	private final String uri;
	private final CodeAction action;

	public PlanFixProposal(String uri, CodeAction action) {
		this.uri = uri;
		this.action = action;
	}

	/** The edits of {@code action} on the document at {@code uri}. */
	public static List<TextEdit> editsFor(String uri, CodeAction action) {
		if (action.getEdit().getChanges() == null) {
			return List.of();
		}
		return action.getEdit().getChanges().entrySet().stream()
				.filter(entry -> DocumentUris.normalize(entry.getKey()).equals(DocumentUris.normalize(uri)))
				.flatMap(entry -> entry.getValue().stream()).toList();
	}

	@Override
	public void apply(IDocument document) {
		try {
			LspText.apply(document, editsFor(uri, action));
		} catch (BadLocationException stale) {
			// the document changed since the fix was computed: nothing is applied
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return action.getTitle();
	}

	@Override
	public String getDisplayString() {
		return action.getTitle();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
