package plan.studio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * Writes the {@link StateReport} to the file named by {@code -Dplan.studio.report} every second, replacing it whole
 * (written beside it, then moved), so that a test launching the product can wait for the state it expects and read
 * it at any moment. Off unless that property is given.
 */
final class StateReportJob extends Job {

	static final String PROPERTY = "plan.studio.report";
	private static final long PERIOD_MILLIS = 1000;

	private final IWorkbench workbench;
	private final Path file;
	private long sequence;

	private StateReportJob(IWorkbench workbench, Path file) {
		super("Plan Studio state report");
		this.workbench = workbench;
		this.file = file;
		setSystem(true);
	}

	static void startIfAsked(IWorkbench workbench) {
		String file = System.getProperty(PROPERTY);
		if (file != null && !file.isBlank()) {
			new StateReportJob(workbench, Path.of(file).toAbsolutePath()).schedule();
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Display display = workbench.getDisplay();
		if (monitor.isCanceled() || workbench.isClosing() || display.isDisposed()) {
			return Status.CANCEL_STATUS;
		}
		AtomicReference<Properties> state = new AtomicReference<>();
		try {
			display.syncExec(() -> state.set(StateReport.collect(workbench)));
		} catch (SWTException closed) {
			return Status.CANCEL_STATUS;
		}
		if (state.get() != null) {
			state.get().setProperty("sequence", Long.toString(++sequence));
			write(state.get());
		}
		schedule(PERIOD_MILLIS);
		return Status.OK_STATUS;
	}

	private void write(Properties state) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(partial)) {
				state.store(out, "Plan Studio state");
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			Platform.getLog(StateReportJob.class).error("cannot write the state report " + file, e);
		}
	}
}
