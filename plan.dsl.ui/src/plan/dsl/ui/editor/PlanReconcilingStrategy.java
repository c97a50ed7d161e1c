package plan.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;

/**
 * After typing pauses: hands the text to the language server (which validates it and publishes diagnostics),
 * then refreshes semantic highlighting, folding and the outline from it.
 */
public class PlanReconcilingStrategy implements IReconcilingStrategy {

	private final PlanEditor editor;

	public PlanReconcilingStrategy(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile(subRegion);
	}

	@Override
	public void reconcile(IRegion partition) {
		editor.sendChanges();
		editor.refreshFromServer();
	}
}
