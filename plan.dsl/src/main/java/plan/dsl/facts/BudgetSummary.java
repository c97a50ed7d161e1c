package plan.dsl.facts;

import plan.dsl.plan.Plan;

/** Filled in by the derived-facts work (issue 2). */
public final class BudgetSummary {
	BudgetSummary(Plan plan) {
	}
}
