package plan.dsl.generator.view;

import java.util.List;

/**
 * A plan prepared for display: plain values read from the model and from its derived facts, so that the
 * renderers of the dashboard, the brief and the mind map never touch the model or compute anything.
 */
public record PlanView(PlanHeader header, TimelineView timeline, List<GoalView> goals,
		List<CriterionView> criteria, BudgetView budget, CompletenessView completeness,
		List<BackgroundView> background, List<OwnerView> owners) {

	public List<ProjectView> projects() {
		return timeline.projects();
	}
}
