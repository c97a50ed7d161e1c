package plan.dsl.validation;

import java.util.List;

/**
 * The stable diagnostic codes of the language (LANGUAGE.md, "Diagnostic codes").
 * Quick fixes, suppression, JSON and SARIF output rely on them: add codes, never rename one.
 */
public final class PlanIssueCodes {

	private PlanIssueCodes() {
	}

	public static final String MISSING_SECTION = "completeness.missing-section";
	public static final String GOAL_WITHOUT_OUTCOME = "completeness.goal-without-outcome";

	public static final String SMART_SPECIFIC = "smart.specific";
	public static final String SMART_MEASURABLE = "smart.measurable";
	public static final String SMART_ACHIEVABLE = "smart.achievable";
	public static final String SMART_RELEVANT = "smart.relevant";
	public static final String SMART_TIME_BOUND = "smart.time-bound";

	public static final String NAME_DUPLICATE = "name.duplicate";
	public static final String SETTING_DUPLICATE = "setting.duplicate";
	public static final String DATE_INVALID = "date.invalid";
	public static final String PERIOD_INVERTED = "period.inverted";

	public static final String PHASE_OUTSIDE_PERIOD = "timeline.phase-outside-period";
	public static final String PHASE_OVERLAP = "timeline.phase-overlap";
	public static final String PHASE_ORDER = "timeline.phase-order";
	public static final String MILESTONE_OUTSIDE_PHASE = "timeline.milestone-outside-phase";
	public static final String PROJECT_OUTSIDE_PERIOD = "timeline.project-outside-period";
	public static final String DEPENDENCY_CYCLE = "timeline.dependency-cycle";
	public static final String DEPENDENCY_ORDER = "timeline.dependency-order";

	public static final String CRITERIA_WEIGHTS_SUM = "criteria.weights-sum";
	public static final String CRITERIA_MISSING_TARGET = "criteria.missing-target";
	public static final String CRITERIA_VAGUE_DESCRIPTION = "criteria.vague-description";

	public static final String BUDGET_OVER = "budget.over";
	public static final String BUDGET_UNDER = "budget.under";
	public static final String BUDGET_PROJECT_OVER = "budget.project-over";
	public static final String BUDGET_CURRENCY = "budget.currency-mismatch";

	public static final String PUBLICITY_OUTSIDE_PERIOD = "publicity.outside-period";

	public static final String APPROVAL_MISSING = "approval.missing";
	public static final String APPROVAL_ORDER = "approval.order";

	public static final String TRACKING_PROGRESS_RANGE = "tracking.progress-range";
	public static final String TRACKING_OUTSIDE_PERIOD = "tracking.outside-period";
	public static final String TRACKING_LATE = "tracking.late";

	public static final String ANNUAL_FEATURED_COUNT = "annual.featured-count";
	public static final String ANNUAL_NO_INTEGRATION = "annual.no-integration";
	public static final String ANNUAL_NO_INDIVIDUAL_GOAL = "annual.no-individual-goal";
	public static final String ANNUAL_PROJECT_INCOMPLETE = "annual.project-incomplete";

	/** A text or name still as a skeleton ({@code plan new}, a quick fix) wrote it: the author has to fill it in. */
	public static final String PLACEHOLDER_UNFILLED = "placeholder.unfilled";

	public static final String REFERENCE_UNRESOLVED = "reference.unresolved";

	/** Any syntax error; the parser's own codes are internal to Xtext. */
	public static final String SYNTAX_ERROR = "syntax.error";

	/** Every code, in the order of LANGUAGE.md; `plan explain` and the SARIF rule table list them. */
	public static final List<String> ALL = List.of(MISSING_SECTION, GOAL_WITHOUT_OUTCOME, SMART_SPECIFIC,
			SMART_MEASURABLE, SMART_ACHIEVABLE, SMART_RELEVANT, SMART_TIME_BOUND, NAME_DUPLICATE, SETTING_DUPLICATE,
			DATE_INVALID, PERIOD_INVERTED, PHASE_OUTSIDE_PERIOD, PHASE_OVERLAP, PHASE_ORDER, MILESTONE_OUTSIDE_PHASE,
			PROJECT_OUTSIDE_PERIOD, DEPENDENCY_CYCLE, DEPENDENCY_ORDER, CRITERIA_WEIGHTS_SUM,
			CRITERIA_MISSING_TARGET, CRITERIA_VAGUE_DESCRIPTION, BUDGET_OVER, BUDGET_UNDER, BUDGET_PROJECT_OVER,
			BUDGET_CURRENCY, PUBLICITY_OUTSIDE_PERIOD, APPROVAL_MISSING, APPROVAL_ORDER, TRACKING_PROGRESS_RANGE,
			TRACKING_OUTSIDE_PERIOD, TRACKING_LATE, ANNUAL_FEATURED_COUNT, ANNUAL_NO_INTEGRATION,
			ANNUAL_NO_INDIVIDUAL_GOAL, ANNUAL_PROJECT_INCOMPLETE, PLACEHOLDER_UNFILLED, REFERENCE_UNRESOLVED, SYNTAX_ERROR);
}
