package plan.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

import plan.dsl.ui.PlanUiPlugin;

/** Quick fixes in the editor (Ctrl+1): the language server's code actions for the diagnostics at the caret. */
public class PlanQuickAssistProcessor implements IQuickAssistProcessor {

	private final PlanEditor editor;

	public PlanQuickAssistProcessor(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Diagnostic diagnostic : diagnosticsAt(context.getOffset())) {
			for (CodeAction action : PlanUiPlugin.language().fixes(editor.uri(), diagnostic)) {
				proposals.add(new PlanFixProposal(editor.uri(), action));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	List<Diagnostic> diagnosticsAt(int offset) {
		List<Diagnostic> found = new ArrayList<>();
		IAnnotationModel model = editor.annotationModel();
		if (model == null) {
			return found;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof DiagnosticAnnotation diagnostic && position != null
					&& position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
				found.add(diagnostic.diagnostic());
			}
		}
		return found;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof DiagnosticAnnotation;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}
}
