package plan.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import plan.dsl.ide.contentassist.KeywordLanguage;
import plan.dsl.ide.contentassist.PlanSnippets;
import plan.dsl.ide.contentassist.SnippetDefaults;
import plan.dsl.plan.PlanKind;
import plan.dsl.ui.builder.PlanNature;
import plan.dsl.ui.language.SnippetText;

/**
 * File > New > Plan: a new .plan file holding the skeleton of a plan of the chosen kind in the chosen keyword
 * language, the same skeleton content assist proposes in an empty file (plan.dsl.ide's PlanSnippets).
 */
public class NewPlanWizard extends Wizard implements INewWizard {

	private NewPlanPage page;
	private IWorkbench workbench;
	private IStructuredSelection selection;
	private IFile created;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Plan");
	}

	@Override
	public void addPages() {
		page = new NewPlanPage(selection);
		addPage(page);
	}

	/** The skeleton of a plan of {@code kind} with {@code language} keywords, tab stops filled with their defaults. */
	public static String skeleton(PlanKind kind, KeywordLanguage language) {
		PlanSnippets snippets = plan.dsl.ui.builder.PlanProjectBuild.languageInjector().getInstance(PlanSnippets.class);
		return SnippetText.of(snippets.plan(kind, language, SnippetDefaults.of(null, LocalDate.now()))).text();
	}

	@Override
	public boolean performFinish() {
		IFile file = page.file();
		try {
			PlanNature.addTo(file.getProject());
			byte[] content = skeleton(page.kind(), page.language()).getBytes(StandardCharsets.UTF_8);
			file.create(new ByteArrayInputStream(content), true, null);
			file.setCharset(StandardCharsets.UTF_8.name(), null);
			created = file;
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			return true;
		} catch (PartInitException e) {
			return true;
		} catch (CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** The file the wizard created, once finished. */
	public IFile created() {
		return created;
	}
}
