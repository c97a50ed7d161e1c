package plan.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import plan.dsl.ui.PlanUiPlugin;
import plan.dsl.ui.language.DiagnosticsListener;
import plan.dsl.ui.language.DocumentUris;
import plan.dsl.ui.language.HighlightedRange;
import plan.dsl.ui.language.LspText;

/**
 * The editor of {@code .plan} files, on the platform's text editor: every language service comes from the
 * in-process language server of plan.dsl.ide (content assist, diagnostics while typing, hover, quick fixes,
 * outline, formatting, folding, definitions, semantic highlighting); the grammar gives lexical colours.
 */
public class PlanEditor extends TextEditor {

	public static final String ID = "plan.dsl.ui.editor";
	public static final String FORMAT_COMMAND = "plan.dsl.ui.format";
	public static final String TOGGLE_COMMENT_COMMAND = "plan.dsl.ui.toggleComment";

	private PlanColors colors;
	private String uri;
	private String sentText;
	private PlanOutlinePage outline;
	private ProjectionSupport projection;
	private List<HighlightedRange> semantic = List.of();
	private final Map<Annotation, Position> shownDiagnostics = new HashMap<>();
	private final List<ProjectionAnnotation> folds = new ArrayList<>();
	private final DiagnosticsListener diagnosticsListener = (published, diagnostics) -> {
		if (published.equals(uri)) {
			Display.getDefault().asyncExec(() -> showDiagnostics(diagnostics));
		}
	};

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		colors = new PlanColors(Display.getDefault());
		IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] {
				PlanUiPlugin.getDefault().getPreferenceStore(), EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		setSourceViewerConfiguration(new PlanSourceViewerConfiguration(this, store));
		setKeyBindingScopes(new String[] { "plan.dsl.ui.editorScope" });
	}

	PlanColors colors() {
		return colors;
	}

	/** The document's URI as the language server knows it. */
	public String uri() {
		return uri;
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		if (uri != null) {
			PlanUiPlugin.language().closed(uri);
		}
		super.doSetInput(input);
		IFile file = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
		uri = file == null ? null : DocumentUris.of(file);
		if (uri != null) {
			PlanUiPlugin.language().addDiagnosticsListener(diagnosticsListener);
			sentText = document().get();
			PlanUiPlugin.language().opened(uri, sentText);
		}
	}

	IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	IAnnotationModel annotationModel() {
		return getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	/** Sends the text to the server if it changed since the last time. */
	public synchronized void sendChanges() {
		String text = document().get();
		if (uri != null && !text.equals(sentText)) {
			sentText = text;
			PlanUiPlugin.language().changed(uri, text);
		}
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		viewer.addTextPresentationListener(this::applySemanticHighlighting);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		refreshFromServer();
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}', '(', ')', '[', ']' }));
		support.setMatchingCharacterPainterPreferenceKeys("matchingBrackets", "matchingBracketsColor");
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void createActions() {
		super.createActions();
		Action format = new Action("Format") {
			@Override
			public void run() {
				format();
			}
		};
		format.setActionDefinitionId(FORMAT_COMMAND);
		setAction("PlanFormat", format);
		Action toggleComment = new Action("Toggle Comment") {
			@Override
			public void run() {
				toggleComment();
			}
		};
		toggleComment.setActionDefinitionId(TOGGLE_COMMENT_COMMAND);
		setAction("PlanToggleComment", toggleComment);
	}

	/** Ctrl+Shift+F: the language server's formatting of the whole document (whitespace only). */
	public void format() {
		sendChanges();
		List<TextEdit> edits = PlanUiPlugin.language().format(uri, 4);
		try {
			LspText.apply(document(), edits);
		} catch (BadLocationException stale) {
			// the text changed meanwhile: the next format applies
		}
	}

	/** Ctrl+/: comments out the selected lines with {@code //}, or uncomments them when all are commented. */
	public void toggleComment() {
		var selection = (org.eclipse.jface.text.ITextSelection) getSelectionProvider().getSelection();
		LineComments.toggle(document(), selection.getStartLine(), selection.getEndLine());
	}

	/** Refreshes semantic highlighting, folding and the outline from what the server holds. */
	public void refreshFromServer() {
		if (uri == null) {
			return;
		}
		List<HighlightedRange> ranges = PlanUiPlugin.language().highlighting(uri);
		List<FoldingRange> folding = PlanUiPlugin.language().folding(uri);
		List<DocumentSymbol> symbols = outline == null ? null : PlanUiPlugin.language().outline(uri);
		Display.getDefault().asyncExec(() -> {
			ISourceViewer viewer = getSourceViewer();
			if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
				return;
			}
			semantic = ranges;
			viewer.invalidateTextPresentation();
			showFolding(folding);
			if (symbols != null) {
				outline.update(symbols);
			}
		});
	}

	private void applySemanticHighlighting(TextPresentation presentation) {
		List<StyleRange> styles = new ArrayList<>();
		for (HighlightedRange range : semantic) {
			TextAttribute attribute = colors.semantic(range.style());
			if (attribute != null && range.offset() + range.length() <= document().getLength()) {
				StyleRange style = new StyleRange(range.offset(), range.length(), attribute.getForeground(), null,
						attribute.getStyle());
				styles.add(style);
			}
		}
		styles.sort((a, b) -> Integer.compare(a.start, b.start));
		List<StyleRange> visible = styles.stream().filter(style -> presentation.getExtent() == null
				|| style.start >= presentation.getExtent().getOffset()
						&& style.start + style.length <= presentation.getExtent().getOffset() + presentation.getExtent().getLength())
				.toList();
		presentation.mergeStyleRanges(visible.toArray(StyleRange[]::new));
	}

	private void showFolding(List<FoldingRange> ranges) {
		ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		Map<ProjectionAnnotation, Position> added = new HashMap<>();
		IDocument document = document();
		for (FoldingRange range : ranges) {
			try {
				int start = document.getLineOffset(range.getStartLine());
				int endLine = Math.min(range.getEndLine(), document.getNumberOfLines() - 1);
				int end = document.getLineOffset(endLine) + document.getLineLength(endLine);
				added.put(new ProjectionAnnotation(), new Position(start, end - start));
			} catch (BadLocationException stale) {
				// folding of an older text: left out
			}
		}
		model.modifyAnnotations(folds.toArray(Annotation[]::new), added, null);
		folds.clear();
		folds.addAll(added.keySet());
	}

	/** The number of folding regions shown (for tests and the status of folding). */
	public int foldingRegions() {
		return folds.size();
	}

	private void showDiagnostics(List<Diagnostic> diagnostics) {
		IAnnotationModel model = annotationModel();
		if (model == null) {
			return;
		}
		shownDiagnostics.keySet().forEach(model::removeAnnotation);
		shownDiagnostics.clear();
		IDocument document = document();
		for (Diagnostic diagnostic : diagnostics) {
			int start = LspText.offset(document, diagnostic.getRange().getStart());
			int end = LspText.offset(document, diagnostic.getRange().getEnd());
			Position position = new Position(start, Math.max(end - start, start < document.getLength() ? 1 : 0));
			DiagnosticAnnotation annotation = new DiagnosticAnnotation(diagnostic);
			model.addAnnotation(annotation, position);
			shownDiagnostics.put(annotation, position);
		}
	}

	/** The diagnostics shown in the editor while typing. */
	public List<Diagnostic> shownDiagnostics() {
		List<Diagnostic> shown = new ArrayList<>();
		for (Iterator<Annotation> it = shownDiagnostics.keySet().iterator(); it.hasNext();) {
			shown.add(((DiagnosticAnnotation) it.next()).diagnostic());
		}
		return shown;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		sendChanges();
		super.doSave(monitor);
		if (uri != null) {
			PlanUiPlugin.language().saved(uri);
		}
	}

	void reveal(Range range) {
		int start = LspText.offset(document(), range.getStart());
		int end = LspText.offset(document(), range.getEnd());
		selectAndReveal(start, end - start);
	}

	/** Opens the workspace file of {@code location} in a plan editor, at the location. */
	static void openAt(Location location) {
		IFile file = DocumentUris.fileOf(location.getUri());
		if (file == null) {
			return;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			if (IDE.openEditor(page, file, ID) instanceof PlanEditor editor) {
				editor.reveal(location.getRange());
			}
		} catch (PartInitException e) {
			PlanUiPlugin.getDefault().getLog().error("cannot open " + file.getFullPath(), e);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outline == null) {
				outline = new PlanOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		if (projection != null) {
			Object projectionAdapter = projection.getAdapter(getSourceViewer(), adapter);
			if (projectionAdapter != null) {
				return adapter.cast(projectionAdapter);
			}
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (uri != null) {
			PlanUiPlugin.language().removeDiagnosticsListener(diagnosticsListener);
			PlanUiPlugin.language().closed(uri);
		}
		super.dispose();
	}
}
