package plan.dsl.validation;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import plan.dsl.facts.SmartAssessment.GoalScore;
import plan.dsl.facts.SmartGap;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.Goal;
import plan.dsl.plan.PlanPackage;

/**
 * Reports each SMART gap of a goal as {@code smart.specific} … {@code smart.time-bound}, reading the
 * plan's {@link plan.dsl.facts.SmartAssessment}. A missing field is reported on the goal's name, a field
 * that is present but wrong on that field's line. Warnings in draft, errors from review on. The gap's name
 * travels as issue data so quick fixes can tell "no due" from "due outside the period".
 */
public class SmartValidator extends PlanCheckBase {

	private static final EStructuralFeature NAME = PlanPackage.Literals.MEASURED__NAME;

	@Check
	public void checkSmart(Goal goal) {
		GoalScore score = facts(goal).smart(goal);
		for (SmartGap gap : score.gaps()) {
			if (!gap.reportedByOtherRule()) {
				report(goal, gap);
			}
		}
	}

	private void report(Goal goal, SmartGap gap) {
		switch (gap) {
			case SPECIFIC_MISSING -> report(goal, gap, "smart.specific.missing", NAME, PlanIssueCodes.SMART_SPECIFIC);
			case SPECIFIC_TOO_SHORT -> report(goal, gap, "smart.specific.too-short", PlanPackage.Literals.GOAL__SPECIFIC,
					PlanIssueCodes.SMART_SPECIFIC, goal.getSpecific());
			case SPECIFIC_GENERIC -> report(goal, gap, "smart.specific.generic", PlanPackage.Literals.GOAL__SPECIFIC,
					PlanIssueCodes.SMART_SPECIFIC, goal.getSpecific());
			case MEASURE_MISSING -> report(goal, gap, "smart.measurable", NAME, PlanIssueCodes.SMART_MEASURABLE);
			case OWNER_MISSING -> report(goal, gap, "smart.achievable.owner", NAME, PlanIssueCodes.SMART_ACHIEVABLE);
			case NO_SUPPORTING_PROJECT -> report(goal, gap, "smart.achievable.project", NAME,
					PlanIssueCodes.SMART_ACHIEVABLE);
			case NOT_LINKED -> report(goal, gap, "smart.relevant", NAME, PlanIssueCodes.SMART_RELEVANT);
			case DUE_MISSING -> report(goal, gap, "smart.time-bound.missing", NAME, PlanIssueCodes.SMART_TIME_BOUND);
			case DUE_OUTSIDE_PERIOD -> {
				DateRange period = planOf(goal).getPeriod();
				report(goal, gap, "smart.time-bound.outside", PlanPackage.Literals.GOAL__DUE,
						PlanIssueCodes.SMART_TIME_BOUND, goal.getDue().toString(), period.getFrom().toString(),
						period.getTo().toString());
			}
			default -> throw new IllegalStateException(gap + " is reported by another rule");
		}
	}

	/** Message arguments are the goal's name and title, then {@code details}. */
	private void report(Goal goal, SmartGap gap, String key, EStructuralFeature feature, String code,
			String... details) {
		Object[] args = new Object[2 + details.length];
		args[0] = goal.getName();
		args[1] = goal.getTitle();
		System.arraycopy(details, 0, args, 2, details.length);
		missing(text(goal, key, args), goal, feature, code, gap.name());
	}
}
