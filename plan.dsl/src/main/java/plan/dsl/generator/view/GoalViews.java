package plan.dsl.generator.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.SmartAssessment;
import plan.dsl.facts.SmartQuality;
import plan.dsl.plan.Actual;
import plan.dsl.plan.BackgroundItem;
import plan.dsl.plan.Comparison;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Measure;
import plan.dsl.plan.Measured;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;
import plan.dsl.plan.Quantity;
import plan.dsl.generator.render.Formats;

/** Goals with their SMART assessment and measures, and criteria, each with the actual value reported. */
final class GoalViews {

	/** The letter of each quality: {@link SmartQuality} is declared in the order of the acronym. */
	private static final String LETTERS = "SMART";

	private GoalViews() {
	}

	static List<GoalView> goals(PlanFacts facts, Map<Measured, Amount> actuals) {
		List<GoalView> goals = new ArrayList<>();
		for (Goal goal : facts.plan().getGoals()) {
			SmartAssessment.GoalScore score = facts.smart(goal);
			List<String> missing = score.missing().stream().map(GoalViews::letter).toList();
			List<String> projects = score.supportingProjects().stream().map(Project::getName).toList();
			List<String> addresses = goal.getAddresses().stream().filter(b -> !b.eIsProxy())
					.map(BackgroundItem::getName).toList();
			goals.add(new GoalView(goal.getName(), goal.getTitle(), ScheduleViews.partName(goal.getOwner()),
					goal.getDue(), score.score(), missing, measure(goal.getMeasure(), actuals.get(goal)), projects,
					addresses));
		}
		return goals;
	}

	private static String letter(SmartQuality quality) {
		return String.valueOf(LETTERS.charAt(quality.ordinal()));
	}

	private static GoalView.MeasureView measure(Measure measure, Amount actual) {
		if (measure == null) {
			return null;
		}
		Criterion criterion = measure.getCriterion();
		String criterionName = criterion == null || criterion.eIsProxy() ? null : criterion.getName();
		return new GoalView.MeasureView(measure.getIndicator(), amount(measure.getBaseline()),
				amount(measure.getTarget()), criterionName, actual);
	}

	static List<CriterionView> criteria(Plan plan, Map<Measured, Amount> actuals) {
		if (plan.getCriteria() == null) {
			return List.of();
		}
		return plan.getCriteria().getCriteria().stream()
				.map(c -> new CriterionView(c.getName(), c.getTitle(), c.getWeight(), c.isQuantitative(), target(c),
						c.getDescription(), actuals.get(c)))
				.toList();
	}

	/** "≥ 40%" for a quantitative criterion with a target, else {@code null}. */
	private static String target(Criterion criterion) {
		if (!criterion.isQuantitative() || criterion.getTarget() == null) {
			return null;
		}
		return symbol(criterion.getComparison()) + " " + Formats.amount(amount(criterion.getTarget()));
	}

	private static String symbol(Comparison comparison) {
		return switch (comparison) {
			case GE -> "≥";
			case LE -> "≤";
			case GT -> ">";
			case LT -> "<";
			case EQ -> "=";
		};
	}

	/** The value {@code results} reports for each goal and criterion (the last one written wins). */
	static Map<Measured, Amount> actuals(Plan plan) {
		Map<Measured, Amount> actuals = new HashMap<>();
		if (plan.getResults() != null) {
			for (Actual actual : plan.getResults().getActuals()) {
				if (actual.getMeasured() != null && !actual.getMeasured().eIsProxy()) {
					actuals.put(actual.getMeasured(), amount(actual.getValue()));
				}
			}
		}
		return actuals;
	}

	private static Amount amount(Quantity quantity) {
		return quantity == null ? null : Amount.of(quantity.getValue(), quantity.getUnit());
	}
}
