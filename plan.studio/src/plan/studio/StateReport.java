package plan.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.views.contentoutline.ContentOutline;

import plan.dsl.ui.builder.PlanMarkers;
import plan.dsl.ui.views.DashboardView;

/**
 * What the workbench shows, as facts another process can check: the window, the perspective, the open and visible
 * views with their bounds on the screen, the active editor's input and text styles, the outline's tree, the
 * dashboard's page and the plan problems. Read on the UI thread; judged by the product test, never here.
 */
final class StateReport {

	private StateReport() {
	}

	static Properties collect(IWorkbench workbench) {
		Properties state = new Properties();
		IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
		IWorkbenchPage page = windows.length == 0 ? null : windows[0].getActivePage();
		if (page == null) {
			state.setProperty("ready", "false");
			return state;
		}
		state.setProperty("ready", "true");
		state.setProperty("window.title", windows[0].getShell().getText());
		state.setProperty("window.bounds", text(windows[0].getShell().getBounds()));
		state.setProperty("perspective", page.getPerspective() == null ? "" : page.getPerspective().getId());
		views(page, state);
		editor(page, state);
		outline(page, state);
		dashboard(page, state);
		problems(state);
		return state;
	}

	private static void views(IWorkbenchPage page, Properties state) {
		List<String> open = new ArrayList<>();
		List<String> visible = new ArrayList<>();
		for (IViewReference reference : page.getViewReferences()) {
			IViewPart view = reference.getView(false);
			if (view == null) {
				continue;
			}
			open.add(reference.getId());
			if (page.isPartVisible(view)) {
				visible.add(reference.getId());
			}
			Control control = partControl(view);
			if (control != null) {
				state.setProperty("view." + reference.getId() + ".bounds", text(onScreen(control)));
			}
		}
		state.setProperty("views.open", String.join(",", open));
		state.setProperty("views.visible", String.join(",", visible));
	}

	private static void editor(IWorkbenchPage page, Properties state) {
		IEditorPart editor = page.getActiveEditor();
		if (editor == null) {
			return;
		}
		state.setProperty("editor.id", editor.getSite().getId());
		state.setProperty("editor.visible", Boolean.toString(page.isPartVisible(editor)));
		if (editor.getEditorInput() instanceof IFileEditorInput input) {
			IFile file = input.getFile();
			state.setProperty("editor.input", file.getFullPath().toString());
			state.setProperty("editor.file", file.getLocation().toOSString());
		}
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		if (viewer == null || viewer.getTextWidget() == null) {
			return;
		}
		StyledText text = viewer.getTextWidget();
		state.setProperty("editor.text.length", Integer.toString(text.getCharCount()));
		state.setProperty("editor.bounds", text(onScreen(text)));
		StyleRange[] ranges = text.getStyleRanges();
		state.setProperty("editor.styledRanges", Integer.toString(ranges.length));
		// how many ranges of each colour and font style: the test looks for the keyword colour among them
		Map<String, Integer> styles = new TreeMap<>();
		for (StyleRange range : ranges) {
			if (range.foreground != null) {
				styles.merge(style(range), 1, Integer::sum);
			}
		}
		styles.forEach((style, count) -> state.setProperty("editor.style." + style, count.toString()));
	}

	private static void outline(IWorkbenchPage page, Properties state) {
		if (!(page.findView(IPageLayout.ID_OUTLINE) instanceof ContentOutline outline)
				|| outline.getCurrentPage() == null
				|| !(outline.getCurrentPage().getControl() instanceof Tree tree)) {
			return;
		}
		List<String> labels = new ArrayList<>();
		collect(tree.getItems(), labels);
		state.setProperty("outline.page", outline.getCurrentPage().getClass().getName());
		state.setProperty("outline.items", Integer.toString(labels.size()));
		if (!labels.isEmpty()) {
			state.setProperty("outline.first", labels.get(0));
		}
	}

	private static void dashboard(IWorkbenchPage page, Properties state) {
		if (page.findView(DashboardView.ID) instanceof DashboardView dashboard) {
			state.setProperty("dashboard.url", nonNull(dashboard.shownUrl()));
			state.setProperty("dashboard.loaded", nonNull(dashboard.loadedUrl()));
		}
	}

	/** What the Problems view lists: every problem marker, and how many of them are plan problems and errors. */
	private static void problems(Properties state) {
		try {
			IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(IMarker.PROBLEM, true,
					IResource.DEPTH_INFINITE);
			int errors = 0;
			int plan = 0;
			for (IMarker marker : markers) {
				if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
					errors++;
				}
				if (marker.isSubtypeOf(PlanMarkers.TYPE)) {
					plan++;
				}
			}
			state.setProperty("problems", Integer.toString(markers.length));
			state.setProperty("problems.errors", Integer.toString(errors));
			state.setProperty("problems.plan", Integer.toString(plan));
		} catch (CoreException e) {
			state.setProperty("problems", "unknown: " + e.getMessage());
		}
	}

	private static Control partControl(IWorkbenchPart part) {
		MPart model = part.getSite().getService(MPart.class);
		return model != null && model.getWidget() instanceof Control control && !control.isDisposed() ? control : null;
	}

	private static Rectangle onScreen(Control control) {
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	/** e.g. {@code 127-0-85-bold}: the foreground's red, green, blue and the font style. */
	private static String style(StyleRange range) {
		String style = range.foreground.getRed() + "-" + range.foreground.getGreen() + "-" + range.foreground.getBlue();
		if ((range.fontStyle & SWT.BOLD) != 0) {
			style += "-bold";
		}
		if ((range.fontStyle & SWT.ITALIC) != 0) {
			style += "-italic";
		}
		return style;
	}

	private static String text(Rectangle bounds) {
		return bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}
}
