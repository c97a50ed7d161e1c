package plan.dsl.ui.wizard;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import plan.dsl.ide.contentassist.KeywordLanguage;
import plan.dsl.plan.PlanKind;

/** Where the plan goes (folder, file name), its kind and its keyword language. */
public class NewPlanPage extends WizardPage {

	private final IStructuredSelection selection;
	Text folder;
	Text name;
	Combo kind;
	Combo language;

	NewPlanPage(IStructuredSelection selection) {
		super("plan");
		this.selection = selection;
		setTitle("New Plan");
		setDescription("A .plan file with every section its kind requires.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		folder = field(body, "Folder:", initialFolder());
		name = field(body, "File name:", "new.plan");
		kind = combo(body, "Kind:", new String[] { "activity", "annual", "project" });
		language = combo(body, "Keywords:", new String[] { "English", "中文" });
		folder.addModifyListener(e -> validate());
		name.addModifyListener(e -> validate());
		setControl(body);
		validate();
	}

	private String initialFolder() {
		if (selection != null && selection.getFirstElement() instanceof IResource resource) {
			return (resource instanceof IContainer ? resource : resource.getParent()).getFullPath().toString();
		}
		return "";
	}

	private static Text field(Composite body, String label, String value) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		text.setText(value);
		text.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
		return text;
	}

	private static Combo combo(Composite body, String label, String[] items) {
		new Label(body, SWT.NONE).setText(label);
		Combo combo = new Combo(body, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(0);
		return combo;
	}

	private void validate() {
		String message = null;
		IPath path = IPath.fromPortableString(folder.getText());
		if (path.segmentCount() == 0 || !ResourcesPlugin.getWorkspace().getRoot().exists(path)) {
			message = "Choose an existing project or folder.";
		} else if (!name.getText().endsWith(".plan") || name.getText().length() <= 5) {
			message = "The file name must end in .plan.";
		} else if (file().exists()) {
			message = file().getFullPath() + " exists already.";
		}
		setErrorMessage(message);
		setPageComplete(message == null);
	}

	IFile file() {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(folder.getText()).append(name.getText()));
	}

	PlanKind kind() {
		return PlanKind.get(kind.getText());
	}

	KeywordLanguage language() {
		return language.getSelectionIndex() == 1 ? KeywordLanguage.CHINESE : KeywordLanguage.ENGLISH;
	}
}
