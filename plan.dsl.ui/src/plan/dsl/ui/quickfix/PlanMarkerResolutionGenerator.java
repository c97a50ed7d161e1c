package plan.dsl.ui.quickfix;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import plan.dsl.ui.PlanUiPlugin;
import plan.dsl.ui.builder.PlanMarkers;
import plan.dsl.ui.editor.DiagnosticAnnotation;
import plan.dsl.ui.editor.PlanFixProposal;
import plan.dsl.ui.language.DocumentUris;
import plan.dsl.ui.language.LspText;

/**
 * Quick fixes on problem markers (Problems view, Ctrl+1 on a marker): the language server's code actions for
 * the diagnostic it published with the marker's code on the marker's line.
 */
public class PlanMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		String uri = DocumentUris.of(file);
		Diagnostic diagnostic = diagnosticOf(marker, uri);
		if (diagnostic == null) {
			return new IMarkerResolution[0];
		}
		return PlanUiPlugin.language().fixes(uri, diagnostic).stream().map(action -> new Resolution(file, uri, action))
				.toArray(IMarkerResolution[]::new);
	}

	/** The server's diagnostic behind {@code marker}: same code, same line. */
	static Diagnostic diagnosticOf(IMarker marker, String uri) {
		String code = marker.getAttribute(PlanMarkers.CODE, null);
		int line = marker.getAttribute(IMarker.LINE_NUMBER, 0) - 1;
		List<Diagnostic> diagnostics = PlanUiPlugin.language().diagnostics(uri);
		return diagnostics.stream().filter(d -> Objects.equals(DiagnosticAnnotation.code(d), code)
				&& d.getRange().getStart().getLine() == line).findFirst().orElse(null);
	}

	/** Applies the fix to the file (through its shared buffer, so an open editor sees it) and saves it. */
	static final class Resolution implements IMarkerResolution {
		private final IFile file;
		private final String uri;
		private final CodeAction action;

		Resolution(IFile file, String uri, CodeAction action) {
			this.file = file;
			this.uri = uri;
			this.action = action;
		}

		@Override
		public String getLabel() {
			return action.getTitle();
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				manager.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					LspText.apply(buffer.getDocument(), PlanFixProposal.editsFor(uri, action));
					buffer.commit(null, true);
				} finally {
					manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (CoreException | BadLocationException e) {
				PlanUiPlugin.getDefault().getLog().error("quick fix on " + file.getFullPath() + " failed", e);
			}
		}
	}
}
