package plan.dsl.ide.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * A project whose builds parse, link and index but leave validation to {@link DeferredValidation}, which
 * calls {@link #validate} for each built file, the changed ones first.
 */
public class PlanProjectManager extends ProjectManager {

	@Inject
	private DeferredValidation deferredValidation;

	@Inject
	private OperationCanceledManager cancelManager;

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
		IncrementalBuilder.Result result = super.doBuild(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
		if (!getProjectConfig().isIndexOnly()) {
			Set<URI> built = new LinkedHashSet<>(dirtyFiles);
			result.getAffectedResources().stream().filter(delta -> delta.getNew() != null)
					.forEach(delta -> built.add(delta.getUri()));
			deferredValidation.enqueue(this, new ArrayList<>(built));
		}
		return result;
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
		getIssueAcceptor().apply(uri, issues);
	}
}
