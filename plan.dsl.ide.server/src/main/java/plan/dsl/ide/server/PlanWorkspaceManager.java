package plan.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.Inject;

/**
 * Takes a keystroke in without a build. Xtext's workspace rebuilds the changed file for every change:
 * unload, parse the whole text, resolve every reference, index; in a 10,000-line plan that is tens of
 * milliseconds that completion right after the keystroke waits for. Here the open file's resource is
 * re-parsed in place, only around the change ({@link PlanProjectManager#updateInPlace}), which is all
 * completion, hover or navigation in that file need; the file is validated once edits pause
 * ({@link DeferredValidation}) and built into the index, with the files that refer to it, after a longer
 * pause ({@link DeferredBuild}). Where the resource does not hold the text before the change, the change is
 * built as Xtext builds it.
 */
public class PlanWorkspaceManager extends WorkspaceManager {

	@Inject
	private DeferredBuild deferredBuild;

	@Inject
	private DeferredValidation deferredValidation;

	/** Open documents convert positions through a line index ({@link LineIndexedDocument}). */
	@Override
	public Buildable didOpen(URI uri, Integer version, String contents) {
		Buildable build = super.didOpen(uri, version, contents);
		Document opened = getOpenDocuments().get(uri);
		if (opened != null) {
			getOpenDocuments().put(uri, LineIndexedDocument.of(opened));
		}
		return build;
	}

	@Override
	public Buildable didChangeTextDocumentContent(URI uri, Integer version,
			Iterable<TextDocumentContentChangeEvent> changes) {
		Document before = getOpenDocuments().get(uri);
		if (before == null) {
			return super.didChangeTextDocumentContent(uri, version, changes);
		}
		Document after = LineIndexedDocument.of(before).applyTextDocumentChanges(changes);
		getOpenDocuments().put(uri, after);
		// queued for the next build, whoever starts it
		Buildable build = didChangeFiles(List.of(uri), List.of());
		ProjectManager project = getProjectManager(uri);
		if (project instanceof PlanProjectManager plan && plan.updateInPlace(uri, before.getContents(), after.getContents())) {
			deferredValidation.enqueue(plan, List.of(uri));
			deferredBuild.schedule(this);
			return Buildable.NO_BUILD;
		}
		return build;
	}
}
