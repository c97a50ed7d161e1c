package plan.dsl.facts;

import java.time.LocalDate;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import plan.dsl.plan.Plan;

/**
 * Hands out {@link PlanFacts} cached per resource: every validator check and generator of one build
 * shares a single computation, which Xtext evicts as soon as the resource's text changes.
 */
@Singleton
public class PlanFactsProvider {

	@Inject
	private IResourceScopeCache cache;

	/** Facts as of the plan's own {@code asof} (or today). */
	public PlanFacts get(Plan plan) {
		Resource resource = plan.eResource();
		if (resource == null) {
			return new PlanFacts(plan, null);
		}
		return cache.get(PlanFactsProvider.class, resource, () -> new PlanFacts(plan, null));
	}

	/** Facts as of a reporting date fixed from outside (e.g. {@code plan generate --asof}); not cached. */
	public PlanFacts get(Plan plan, LocalDate asOf) {
		return asOf == null ? get(plan) : new PlanFacts(plan, asOf);
	}
}
