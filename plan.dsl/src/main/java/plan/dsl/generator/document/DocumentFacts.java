package plan.dsl.generator.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import plan.dsl.facts.PlanFacts;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Project;

/**
 * The document's only window on derived facts (effective dates, SMART scores, budget sums). They are
 * computed in {@link PlanFacts}; the document shows them and never works them out itself, so until a fact
 * is available there it is simply not shown.
 */
final class DocumentFacts {

	/** A project's effective first and last day. */
	record Dates(LocalDate start, LocalDate end) {
	}

	private final PlanFacts facts;

	DocumentFacts(PlanFacts facts) {
		this.facts = facts;
	}

	PlanFacts facts() {
		return facts;
	}

	Optional<Dates> projectDates(Project project) {
		return Optional.empty();
	}

	OptionalInt smartScore(Goal goal) {
		return OptionalInt.empty();
	}

	/** Names of the SMART qualities the goal misses (SPECIFIC, MEASURABLE, …). */
	List<String> smartMissing(Goal goal) {
		return List.of();
	}

	Optional<BigDecimal> budgetItemSum() {
		return Optional.empty();
	}

	Optional<BigDecimal> projectBudgetSum() {
		return Optional.empty();
	}
}
