package plan.dsl.benchmarks;

import plan.dsl.facts.PlanFacts;

/** Forces every lazily computed part of {@link PlanFacts}, as validation and the outputs together do. */
public final class Facts {

	private Facts() {
	}

	public static PlanFacts computed(PlanFacts facts) {
		facts.schedule().criticalChain();
		facts.smart();
		facts.completeness();
		facts.budget();
		return facts;
	}
}
