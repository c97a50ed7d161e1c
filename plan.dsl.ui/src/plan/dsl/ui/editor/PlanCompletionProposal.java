package plan.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import plan.dsl.ui.language.LspText;
import plan.dsl.ui.language.SnippetText;

/** A completion item of the language server, applied as the server describes it (its edit, its snippet). */
public class PlanCompletionProposal implements ICompletionProposal {

	private final CompletionItem item;
	private final int offset;
	private Point selection;

	public PlanCompletionProposal(CompletionItem item, int offset) {
		this.item = item;
		this.offset = offset;
	}

	public CompletionItem item() {
		return item;
	}

	@Override
	public void apply(IDocument document) {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int end = offset;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			text = edit.getNewText();
			Range range = edit.getRange();
			start = LspText.offset(document, range.getStart());
			end = Math.max(offset, LspText.offset(document, range.getEnd()));
		}
		SnippetText inserted = item.getInsertTextFormat() == InsertTextFormat.Snippet ? SnippetText.of(text)
				: new SnippetText(text, text.length(), 0);
		try {
			document.replace(start, end - start, inserted.text());
			selection = new Point(start + inserted.selectionOffset(), inserted.selectionLength());
		} catch (BadLocationException e) {
			selection = null;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return item.getDetail();
	}

	@Override
	public String getDisplayString() {
		return item.getDetail() == null || item.getDetail().isEmpty() ? item.getLabel()
				: item.getLabel() + " — " + item.getDetail();
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
