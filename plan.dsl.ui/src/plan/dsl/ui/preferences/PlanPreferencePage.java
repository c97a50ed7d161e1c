package plan.dsl.ui.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Plan. */
public class PlanPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public PlanPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(PlanPreferences.store());
		setDescription("Outputs regenerated when a plan is saved, and the keywords content assist proposes.");
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(PlanPreferences.OUTPUT_FOLDER, "Output folder (in the project):", getFieldEditorParent()));
		addField(new StringFieldEditor(PlanPreferences.FORMATS, "Formats (comma-separated, as plan generate --formats):",
				getFieldEditorParent()));
		addField(new ComboFieldEditor(PlanPreferences.PROPOSAL_LANGUAGE, "Keyword language of proposals:",
				new String[][] { { "As the plan's language setting says", "auto" }, { "English", "en" }, { "中文", "zh" } },
				getFieldEditorParent()));
	}
}
