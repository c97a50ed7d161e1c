package plan.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

import plan.dsl.ui.builder.PlanProjectBuild;

/** "Generate documents": validates the project of the selected plan and writes its outputs now. */
public class GenerateDocumentsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IProject project = projectOf(event);
		if (project == null) {
			return null;
		}
		try {
			PlanProjectBuild.run(project, null);
		} catch (CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	private static IProject projectOf(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
			IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
			if (file != null) {
				return file.getProject();
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor != null && editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile().getProject() : null;
	}
}
