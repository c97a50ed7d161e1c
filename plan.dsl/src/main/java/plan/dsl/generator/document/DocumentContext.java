package plan.dsl.generator.document;

import java.util.Objects;

import plan.dsl.facts.PlanFacts;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;

/**
 * What every section builder needs: the plan, its derived facts (dates, SMART scores and budget sums are
 * read there, never worked out by the document) and the wording of its language.
 */
record DocumentContext(Plan plan, PlanFacts facts, Wording words) {

	DocumentContext {
		Objects.requireNonNull(plan);
		Objects.requireNonNull(facts);
		Objects.requireNonNull(words);
	}

	static DocumentContext of(PlanFacts facts) {
		return new DocumentContext(facts.plan(), facts, new Wording(PlanMessages.of(facts.plan())));
	}
}
