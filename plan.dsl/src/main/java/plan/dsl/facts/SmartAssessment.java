package plan.dsl.facts;

import plan.dsl.plan.Plan;

/** Filled in by the derived-facts work (issue 2). */
public final class SmartAssessment {
	SmartAssessment(Plan plan) {
	}

	public GoalScore of(plan.dsl.plan.Goal goal) {
		return new GoalScore();
	}

	public static final class GoalScore {
	}
}
