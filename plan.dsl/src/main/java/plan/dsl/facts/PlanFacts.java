package plan.dsl.facts;

import java.time.LocalDate;
import java.util.Objects;

import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;

/**
 * The one place where derived facts of a plan are computed (see docs/ARCHITECTURE.md): validators,
 * generators, hover and dashboards read them here and never recompute dates or scores on their own.
 * Each part is computed lazily on first use; obtain instances through {@link PlanFactsProvider} so they
 * are cached per resource and evicted when the resource changes.
 */
public final class PlanFacts {

	private final Plan plan;
	private final LocalDate asOf;
	private Schedule schedule;
	private SmartAssessment smart;
	private Completeness completeness;
	private BudgetSummary budget;

	/**
	 * @param asOfOverride the reporting date fixed from outside (command line), or {@code null} to use the
	 *        plan's {@code asof}, or today when the plan has none
	 */
	public PlanFacts(Plan plan, LocalDate asOfOverride) {
		this.plan = Objects.requireNonNull(plan);
		this.asOf = asOfOverride != null ? asOfOverride : plan.getAsof() != null ? plan.getAsof() : LocalDate.now();
	}

	public Plan plan() {
		return plan;
	}

	/** The reporting date for progress and lateness. */
	public LocalDate asOf() {
		return asOf;
	}

	/** Effective dates of projects, the dependency graph, cycles, the critical chain, lateness. */
	public synchronized Schedule schedule() {
		if (schedule == null) {
			schedule = new Schedule(plan, asOf);
		}
		return schedule;
	}

	/** SMART score 0–5 and the missing qualities of every goal. */
	public synchronized SmartAssessment smart() {
		if (smart == null) {
			smart = new SmartAssessment(plan);
		}
		return smart;
	}

	/** Convenience for {@code smart().of(goal)}. */
	public SmartAssessment.GoalScore smart(Goal goal) {
		return smart().of(goal);
	}

	/** Which sections the plan's kind requires and which of them are missing, as a percentage. */
	public synchronized Completeness completeness() {
		if (completeness == null) {
			completeness = new Completeness(plan);
		}
		return completeness;
	}

	/** Budget total, item sum, project budgets and their sums. */
	public synchronized BudgetSummary budget() {
		if (budget == null) {
			budget = new BudgetSummary(plan);
		}
		return budget;
	}
}
