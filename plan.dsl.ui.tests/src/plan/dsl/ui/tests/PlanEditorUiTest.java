package plan.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import plan.dsl.ui.PlanUiPlugin;
import plan.dsl.ui.builder.PlanMarkers;
import plan.dsl.ui.editor.LineComments;
import plan.dsl.ui.editor.PlanCompletionProposal;
import plan.dsl.ui.editor.PlanContentAssistProcessor;
import plan.dsl.ui.editor.PlanEditor;
import plan.dsl.ui.editor.PlanOutlinePage;
import plan.dsl.ui.language.DocumentUris;
import plan.dsl.ui.views.DashboardView;
import plan.dsl.ui.wizard.NewPlanWizard;

/** The plug-in in a running workbench, on the acceptance corpus. */
class PlanEditorUiTest {

	private static final Duration WAIT = Duration.ofSeconds(60);
	private static final String[] COMPLETE = { "cxzy-2026.plan", "dangjian-2027.plan", "volunteer-week.plan" };

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void everyCorpusExampleOpensInThePlanEditorWithItsTextHighlighted() throws Exception {
		IProject project = Workbench.project("corpus-open", COMPLETE);
		for (String name : COMPLETE) {
			IFile file = project.getFile(name);
			PlanEditor editor = Workbench.open(file);
			ISourceViewer viewer = (ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextViewer.class);
			String text = Files.readString(file.getLocation().toPath());
			assertEquals(text, viewer.getDocument().get(), name);
			Matcher plan = Pattern.compile("(?m)^(plan|方案) ").matcher(text);
			assertTrue(plan.find(), name);
			int keyword = plan.start();
			StyleRange style = viewer.getTextWidget().getStyleRangeAtOffset(keyword);
			assertNotNull(style, name + ": the keyword 'plan' is highlighted");
			assertEquals(SWT.BOLD, style.fontStyle & SWT.BOLD, name);
			Workbench.waitUntil(name + " folding", () -> editor.foldingRegions() > 0, WAIT);
		}
	}

	@Test
	void contentAssistProposesTheKindsAfterKind() throws Exception {
		IProject project = Workbench.project("corpus-assist", "volunteer-week.plan");
		PlanEditor editor = Workbench.open(project.getFile("volunteer-week.plan"));
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextViewer.class);
		int offset = viewer.getDocument().get().indexOf("kind ") + "kind ".length();
		ICompletionProposal[] proposals = new PlanContentAssistProcessor(editor).computeCompletionProposals(viewer, offset);
		Set<String> labels = new TreeSet<>();
		for (ICompletionProposal proposal : proposals) {
			labels.add(((PlanCompletionProposal) proposal).item().getLabel());
		}
		assertTrue(labels.containsAll(List.of("activity", "annual", "project")), labels.toString());
		assertFalse(labels.contains("活动"), "a plan with language en gets English keywords: " + labels);
	}

	@Test
	void theInvalidExampleGetsMarkersWithTheExpectedCodesOnTheExpectedLines() throws Exception {
		IProject project = Workbench.project("corpus-invalid", "invalid/broken-activity.plan");
		IFile file = project.getFile("broken-activity.plan");
		Set<String> expected = ExpectComments.of(Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8));
		Set<String> markers = markersOf(file);
		assertTrue(markers.containsAll(expected), "every expectation is met: " + markers);
		// the cycle is reported on both of its projects (as the command line does); only one line is annotated
		Set<String> reported = new TreeSet<>(expected);
		reported.add("44 error timeline.dependency-cycle");
		assertEquals(reported, markers);
		assertEquals(14, expected.stream().map(e -> e.split(" ")[0]).distinct().count(), "lines with expectations");
	}

	@Test
	void theWeightsQuickFixRemovesItsMarker() throws Exception {
		IProject project = Workbench.project("corpus-fix", "invalid/broken-activity.plan");
		IFile file = project.getFile("broken-activity.plan");
		String uri = DocumentUris.of(file);
		Workbench.waitUntil("the server's diagnostics", () -> !PlanUiPlugin.language().diagnostics(uri).isEmpty(), WAIT);
		IMarker weights = Arrays.stream(file.findMarkers(PlanMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(m -> "criteria.weights-sum".equals(m.getAttribute(PlanMarkers.CODE, ""))).findFirst().orElseThrow();
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(weights);
		assertEquals(1, resolutions.length, "one fix for the weights");
		resolutions[0].run(weights);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertFalse(markersOf(file).stream().anyMatch(m -> m.endsWith("criteria.weights-sum")), markersOf(file).toString());
		assertTrue(markersOf(file).contains("5 error completeness.missing-section"), "the other markers stay");
	}

	@Test
	void theOutlineShowsThePlanTree() throws Exception {
		IProject project = Workbench.project("corpus-outline", "cxzy-2026.plan");
		IFile file = project.getFile("cxzy-2026.plan");
		PlanEditor editor = Workbench.open(file);
		Workbench.page().showView("org.eclipse.ui.views.ContentOutline");
		PlanOutlinePage outline = (PlanOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Workbench.waitUntil("the outline", () -> ((Tree) outline.getControl()).getItemCount() > 0, WAIT);
		Tree tree = (Tree) outline.getControl();
		String text = Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
		Matcher plan = Pattern.compile("(?m)^plan (\\w+)").matcher(text);
		assertTrue(plan.find());
		assertEquals(1, tree.getItemCount());
		assertTrue(tree.getItem(0).getText().startsWith(plan.group(1)), tree.getItem(0).getText());
		List<String> labels = new ArrayList<>();
		collect(tree.getItems(), labels);
		Matcher goal = Pattern.compile("(?m)^\\s+goal (\\w+)").matcher(text);
		int goals = 0;
		while (goal.find()) {
			String name = goal.group(1);
			assertTrue(labels.stream().anyMatch(label -> label.startsWith(name)), name + " in " + labels);
			goals++;
		}
		assertTrue(goals >= 2, "the example has goals");
	}

	@Test
	void theWizardCreatesAPlanWithoutErrors() throws Exception {
		IProject project = Workbench.project("wizard");
		NewPlanWizard wizard = new NewPlanWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(wizard.canFinish(), "the defaults are complete");
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile created = wizard.created();
		assertEquals(project.getFile("new.plan"), created);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertFalse(markersOf(created).stream().anyMatch(m -> m.contains(" error ")), markersOf(created).toString());
		assertTrue(Files.readString(created.getLocation().toPath()).startsWith("plan "));
	}

	@Test
	void theBuilderWritesTheOutputsOfEveryPlan() throws Exception {
		IProject project = Workbench.project("corpus-outputs", COMPLETE);
		for (String name : COMPLETE) {
			String folder = "out/" + name.substring(0, name.length() - ".plan".length());
			String[] written = project.getFolder(folder).getLocation().toFile().list();
			assertNotNull(written, folder);
			Set<String> suffixes = new TreeSet<>();
			for (String file : written) {
				suffixes.add(file.substring(file.indexOf('.')));
			}
			assertEquals(Set.of(".md", ".html", ".dashboard.html", ".json"), suffixes, folder + ": " + List.of(written));
		}
	}

	@Test
	void theDashboardViewShowsTheDashboardOfTheActivePlan() throws Exception {
		IProject project = Workbench.project("corpus-dashboard", "cxzy-2026.plan");
		Workbench.open(project.getFile("cxzy-2026.plan"));
		DashboardView view = (DashboardView) Workbench.page().showView(DashboardView.ID);
		Workbench.waitUntil("the dashboard", () -> view.shownUrl() != null, WAIT);
		assertTrue(view.shownUrl().endsWith(".dashboard.html"), view.shownUrl());
		assertTrue(view.shownUrl().contains("/corpus-dashboard/out/"), view.shownUrl());
	}

	@Test
	void toggleCommentCommentsAndUncommentsLines() {
		IDocument document = new Document("goal G1 {\n    level organization\n}\n");
		LineComments.toggle(document, 0, 1);
		assertEquals("//goal G1 {\n//    level organization\n}\n", document.get());
		LineComments.toggle(document, 0, 1);
		assertEquals("goal G1 {\n    level organization\n}\n", document.get());
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	private static Set<String> markersOf(IFile file) throws Exception {
		Set<String> found = new TreeSet<>();
		for (IMarker marker : file.findMarkers(PlanMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
			int severity = marker.getAttribute(IMarker.SEVERITY, -1);
			String label = severity == IMarker.SEVERITY_ERROR ? "error" : severity == IMarker.SEVERITY_WARNING ? "warning" : "info";
			found.add(marker.getAttribute(IMarker.LINE_NUMBER, 0) + " " + label + " " + marker.getAttribute(PlanMarkers.CODE, ""));
		}
		return found;
	}
}
