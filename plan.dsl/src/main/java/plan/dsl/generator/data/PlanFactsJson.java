package plan.dsl.generator.data;

import com.google.gson.JsonObject;

import plan.dsl.facts.PlanFacts;

/** What {@link PlanFacts} derives from the plan, as computed there: nothing is recomputed here. */
final class PlanFactsJson {

	private PlanFactsJson() {
	}

	static JsonObject facts(PlanFacts facts) {
		return new JsonFields()
				.date("asOf", facts.asOf())
				.build();
	}
}
