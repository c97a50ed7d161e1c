package plan.studio;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import plan.dsl.ui.views.DashboardView;

/**
 * The Plan perspective: the plans on the left (Project Explorer over the Outline), the text in the middle, the
 * Plan Dashboard beside it on the right and the Problems below, so that a planner sees a change's effect at once.
 */
public class PlanPerspective implements IPerspectiveFactory {

	public static final String ID = "plan.studio.perspective";

	private static final String NEW_PLAN_WIZARD = "plan.dsl.ui.newPlan";
	private static final String NEW_PROJECT_WIZARD = "org.eclipse.ui.wizards.new.project";
	private static final String NEW_FOLDER_WIZARD = "org.eclipse.ui.wizards.new.folder";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("plan.studio.left", IPageLayout.LEFT, 0.2f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout outline = layout.createFolder("plan.studio.outline", IPageLayout.BOTTOM, 0.45f, "plan.studio.left");
		outline.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout right = layout.createFolder("plan.studio.right", IPageLayout.RIGHT, 0.5f, editors);
		right.addView(DashboardView.ID);
		IFolderLayout bottom = layout.createFolder("plan.studio.bottom", IPageLayout.BOTTOM, 0.75f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		layout.addNewWizardShortcut(NEW_PLAN_WIZARD);
		layout.addNewWizardShortcut(NEW_PROJECT_WIZARD);
		layout.addNewWizardShortcut(NEW_FOLDER_WIZARD);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(DashboardView.ID);
	}
}
