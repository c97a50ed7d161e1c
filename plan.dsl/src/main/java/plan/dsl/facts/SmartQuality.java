package plan.dsl.facts;

/** The five qualities of a SMART goal, in the order of the acronym. */
public enum SmartQuality {
	/** S: {@code specific} says what exactly will be done, not a slogan. */
	SPECIFIC,
	/** M: a {@code measure} with a target value, or judged by a criterion. */
	MEASURABLE,
	/** A: an accountable owner who is declared, and at least one project that {@code supports} the goal. */
	ACHIEVABLE,
	/** R: the goal {@code addresses} a background item or {@code supports} another goal. */
	RELEVANT,
	/** T: a {@code due} date inside the plan's period. */
	TIME_BOUND
}
