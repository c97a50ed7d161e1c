package plan.dsl.ui.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import plan.dsl.ui.builder.PlanProjectBuild;
import plan.dsl.ui.editor.PlanEditor;

/** The generated dashboard of the active plan, in an SWT Browser; shown again whenever the builder rewrites it. */
public class DashboardView extends ViewPart {

	public static final String ID = "plan.dsl.ui.dashboardView";

	private Browser browser;
	private Label message;
	private IFile plan;
	private String shownUrl;
	private String loadedUrl;

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof PlanEditor editor) {
				show(editor);
			}
		}
	};

	private final IResourceChangeListener outputsWritten = event -> {
		if (plan != null && event.getType() == IResourceChangeEvent.POST_CHANGE) {
			Display.getDefault().asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		try {
			browser = new Browser(parent, SWT.NONE);
			browser.addProgressListener(ProgressListener.completedAdapter(done -> loadedUrl = browser.getUrl()));
		} catch (SWTError noBrowser) {
			message = new Label(parent, SWT.WRAP);
			message.setText("The dashboard needs the SWT Browser (on Linux: WebKitGTK, e.g. apt-get install libwebkit2gtk-4.1-0): "
					+ noBrowser.getMessage());
		}
		getSite().getPage().addPartListener(partListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(outputsWritten, IResourceChangeEvent.POST_CHANGE);
		if (getSite().getPage().getActiveEditor() instanceof PlanEditor editor) {
			show(editor);
		}
	}

	void show(IEditorPart editor) {
		if (editor.getEditorInput() instanceof IFileEditorInput input) {
			plan = input.getFile();
			refresh();
		}
	}

	/** The URL the view shows (the dashboard file), or {@code null} when the plan has none yet. */
	public String shownUrl() {
		return shownUrl;
	}

	/** The URL of the page the browser last finished loading, or {@code null} before the first. */
	public String loadedUrl() {
		return loadedUrl;
	}

	/** The plan's output folder holds its outputs only (one plan per folder), so its one dashboard is the plan's. */
	void refresh() {
		if (browser == null || browser.isDisposed() || plan == null) {
			return;
		}
		try {
			java.io.File folder = plan.getProject().getFolder(PlanProjectBuild.outputFolderOf(plan)).getLocation().toFile();
			java.io.File[] dashboards = folder.listFiles((dir, name) -> name.endsWith(".dashboard.html"));
			if (dashboards == null || dashboards.length == 0) {
				shownUrl = null;
				browser.setText("<p>No dashboard yet for " + plan.getName() + ": save the plan (without errors) to generate it.</p>");
				return;
			}
			String url = dashboards[0].toPath().toUri().toString();
			if (url.equals(shownUrl)) {
				browser.refresh();
			} else {
				browser.setUrl(url);
			}
			shownUrl = url;
		} catch (CoreException e) {
			browser.setText("<p>" + e.getMessage() + "</p>");
		}
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		} else {
			message.setFocus();
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(outputsWritten);
		super.dispose();
	}
}
