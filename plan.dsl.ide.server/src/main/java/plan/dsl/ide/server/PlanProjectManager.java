package plan.dsl.ide.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * A project whose builds parse, link and index but leave validation to {@link DeferredValidation}, which
 * calls {@link #validate} for each built file, the changed ones first. An open file can be re-parsed in
 * place for a keystroke ({@link #updateInPlace}); its next build rebuilds the files that refer to it too.
 */
public class PlanProjectManager extends ProjectManager {

	/** Files re-parsed in place since their last build. */
	private final Set<URI> updatedInPlace = ConcurrentHashMap.newKeySet();

	@Inject
	private DeferredValidation deferredValidation;

	@Inject
	private OperationCanceledManager cancelManager;

	@Inject
	private PublishedIssues publishedIssues;

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		request.setIndexOnly(true);
		return request;
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		List<URI> dirty = withReferrersOfUpdated(dirtyFiles);
		IncrementalBuilder.Result result = super.doBuild(dirty, deletedFiles, externalDeltas, cancelIndicator);
		updatedInPlace.removeAll(dirty);
		if (!getProjectConfig().isIndexOnly()) {
			Set<URI> built = new LinkedHashSet<>(dirty);
			result.getAffectedResources().stream().filter(delta -> delta.getNew() != null)
					.forEach(delta -> built.add(delta.getUri()));
			deferredValidation.enqueue(this, new ArrayList<>(built));
		}
		return result;
	}

	/**
	 * Re-parses the loaded resource of {@code uri} around the difference between {@code before} and
	 * {@code after} (Xtext's partial parser; it parses the whole text where it cannot confine the change), and
	 * links it again. Returns false, changing nothing, when the resource does not hold {@code before}: then
	 * the change must be built.
	 */
	boolean updateInPlace(URI uri, String before, String after) {
		if (getResourceSet() == null || !(getResourceSet().getResource(uri, false) instanceof XtextResource resource)
				|| !resource.isLoaded() || resource.getParseResult() == null
				|| !before.equals(resource.getParseResult().getRootNode().getText())) {
			return false;
		}
		int prefix = 0;
		int shorter = Math.min(before.length(), after.length());
		while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < shorter - prefix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		updatedInPlace.add(uri);
		resource.update(prefix, before.length() - prefix - suffix, after.substring(prefix, after.length() - suffix));
		return true;
	}

	/**
	 * {@code dirtyFiles} and, for those re-parsed in place, the files that refer to them: their links may point
	 * at objects the re-parse replaced, which unloading the changed file no longer turns into proxies.
	 */
	private List<URI> withReferrersOfUpdated(List<URI> dirtyFiles) {
		Set<URI> updated = new LinkedHashSet<>(dirtyFiles);
		updated.retainAll(updatedInPlace);
		if (updated.isEmpty()) {
			return dirtyFiles;
		}
		Set<URI> dirty = new LinkedHashSet<>(dirtyFiles);
		for (IResourceDescription description : getIndexState().getResourceDescriptions().getAllResourceDescriptions()) {
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				if (reference.getTargetEObjectUri() != null
						&& updated.contains(reference.getTargetEObjectUri().trimFragment())) {
					dirty.add(description.getURI());
					break;
				}
			}
		}
		return new ArrayList<>(dirty);
	}

	/**
	 * Validates one file of this project as it was last built and publishes its diagnostics; a file the
	 * project no longer has (deleted, or closed and never saved) is skipped, its diagnostics were cleared by
	 * the build.
	 */
	void validate(URI uri, CancelIndicator cancelIndicator) {
		if (getIndexState().getResourceDescriptions().getResourceDescription(uri) == null) {
			return;
		}
		Resource resource = getResource(uri);
		IResourceServiceProvider language = languagesRegistry.getResourceServiceProvider(uri);
		if (language == null || language.getResourceValidator() == null) {
			return;
		}
		List<Issue> issues = language.getResourceValidator().validate(resource, CheckMode.ALL, cancelIndicator);
		cancelManager.checkCanceled(cancelIndicator);
		publishedIssues.record(uri, issues);
		getIssueAcceptor().apply(uri, issues);
	}
}
