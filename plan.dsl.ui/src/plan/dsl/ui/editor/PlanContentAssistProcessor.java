package plan.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

import plan.dsl.ide.contentassist.KeywordLanguage;
import plan.dsl.ui.PlanUiPlugin;
import plan.dsl.ui.language.LspText;
import plan.dsl.ui.preferences.PlanPreferences;

/**
 * Content assist: the language server's completion at the caret, the same items VS Code gets; keywords of the
 * other language are left out when the preferences choose one keyword language for proposals.
 */
public class PlanContentAssistProcessor implements IContentAssistProcessor {

	private final PlanEditor editor;

	public PlanContentAssistProcessor(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		editor.sendChanges();
		List<CompletionItem> items = PlanUiPlugin.language().completion(editor.uri(),
				LspText.position(viewer.getDocument(), offset));
		KeywordLanguage wanted = PlanPreferences.proposalLanguage();
		return items.stream().filter(item -> wanted == null || item.getKind() != CompletionItemKind.Keyword
				|| KeywordLanguage.of(item.getLabel()) == null || KeywordLanguage.of(item.getLabel()) == wanted)
				.map(item -> new PlanCompletionProposal(item, offset)).toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
