package plan.studio;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * What Plan Studio does once its workbench window is open: fits the window to the screen on the first start,
 * opens the plan files named on the command line, and, when asked with {@code -Dplan.studio.report=FILE}, starts
 * reporting its state for the product test.
 */
public class StudioStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> FirstWindow.fitToScreen(workbench));
		List<Path> files = FileArguments.of(Platform.getApplicationArgs());
		if (!files.isEmpty()) {
			new OpenPlansJob(files).schedule();
		}
		StateReportJob.startIfAsked(workbench);
	}
}
