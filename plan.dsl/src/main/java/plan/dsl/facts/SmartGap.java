package plan.dsl.facts;

/**
 * Why a goal misses a {@link SmartQuality}: the same quality can fail for different reasons, and each
 * reason is reported at its own place with its own advice (a missing {@code due} on the goal, a {@code due}
 * outside the period on that line).
 */
public enum SmartGap {
	SPECIFIC_MISSING(SmartQuality.SPECIFIC, false),
	/** Empty, or fewer words than any concrete statement needs ("加强"). */
	SPECIFIC_TOO_SHORT(SmartQuality.SPECIFIC, false),
	/** Only generic verbs and filler with no real object ("进一步加强各项工作"). */
	SPECIFIC_GENERIC(SmartQuality.SPECIFIC, false),
	MEASURE_MISSING(SmartQuality.MEASURABLE, false),
	/** {@code measure ... by K9} where no criterion K9 exists. */
	MEASURE_CRITERION_UNRESOLVED(SmartQuality.MEASURABLE, true),
	OWNER_MISSING(SmartQuality.ACHIEVABLE, false),
	/** {@code owner} names nobody declared in the team. */
	OWNER_UNRESOLVED(SmartQuality.ACHIEVABLE, true),
	NO_SUPPORTING_PROJECT(SmartQuality.ACHIEVABLE, false),
	/** Neither {@code addresses} nor {@code supports} another goal. */
	NOT_LINKED(SmartQuality.RELEVANT, false),
	/** {@code addresses}/{@code supports} written, but none of the names resolves. */
	LINK_UNRESOLVED(SmartQuality.RELEVANT, true),
	DUE_MISSING(SmartQuality.TIME_BOUND, false),
	/** {@code due} written, but not a real calendar day. */
	DUE_INVALID(SmartQuality.TIME_BOUND, true),
	DUE_OUTSIDE_PERIOD(SmartQuality.TIME_BOUND, false);

	private final SmartQuality quality;
	private final boolean reportedByOtherRule;

	SmartGap(SmartQuality quality, boolean reportedByOtherRule) {
		this.quality = quality;
		this.reportedByOtherRule = reportedByOtherRule;
	}

	public SmartQuality quality() {
		return quality;
	}

	/**
	 * True for a broken reference or an impossible date: {@code reference.unresolved} or
	 * {@code date.invalid} already reports it on the offending name, so a SMART finding would only repeat it.
	 */
	public boolean reportedByOtherRule() {
		return reportedByOtherRule;
	}
}
