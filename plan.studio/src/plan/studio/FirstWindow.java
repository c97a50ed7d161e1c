package plan.studio;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The window's first placement: the editor and the dashboard side by side need the whole screen, so the first
 * start of a workspace maximizes the window; later starts keep what the user left. The bounds are set to the
 * monitor's work area first, because maximizing needs a window manager and a bare X display (CI's Xvfb) has none.
 */
final class FirstWindow {

	private static final String FITTED = "window.fitted";

	private FirstWindow() {
	}

	static void fitToScreen(IWorkbench workbench) {
		Preferences preferences = InstanceScope.INSTANCE.getNode("plan.studio");
		IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
		if (preferences.getBoolean(FITTED, false) || windows.length == 0) {
			return;
		}
		Shell shell = windows[0].getShell();
		shell.setBounds(shell.getMonitor().getClientArea());
		shell.setMaximized(true);
		preferences.putBoolean(FITTED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// not remembered: the next start fits the window again, which is harmless
		}
	}
}
