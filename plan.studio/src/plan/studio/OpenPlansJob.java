package plan.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Opens the plan files named on the command line: each in a workspace project over its folder (see
 * {@link PlanProjects}), so that the editor has the language services, the builder and the dashboard; the last
 * file opened is the active editor. Workspace changes run as a job, editors open on the UI thread.
 */
final class OpenPlansJob extends WorkspaceJob {

	private static final String BUNDLE = "plan.studio";

	private final List<Path> files;

	OpenPlansJob(List<Path> files) {
		super("Opening plans");
		this.files = files;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		List<IFile> found = new ArrayList<>();
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				report(Status.error("Plan Studio cannot open " + file + ": there is no such file."));
				continue;
			}
			IFile workspaceFile = PlanProjects.fileInProject(file, monitor);
			if (workspaceFile == null) {
				report(Status.error("Plan Studio cannot open " + file
						+ ": it lies directly in the workspace folder, or its folder's name is taken by another project; move it into a folder of its own."));
			} else {
				found.add(workspaceFile);
			}
		}
		if (!found.isEmpty()) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> openEditors(found));
		}
		return Status.OK_STATUS;
	}

	private static void openEditors(List<IFile> found) {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		IWorkbenchPage page = windows.length == 0 ? null : windows[0].getActivePage();
		if (page == null) {
			return;
		}
		for (IFile file : found) {
			try {
				IDE.openEditor(page, file, true);
			} catch (PartInitException e) {
				report(new Status(IStatus.ERROR, BUNDLE, "Plan Studio cannot open " + file.getFullPath(), e));
			}
		}
	}

	private static void report(IStatus status) {
		StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
	}
}
