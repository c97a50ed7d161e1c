package plan.dsl.tests;

/**
 * How long each fuzz target runs when fuzzing ({@code JAZZER_FUZZ=1}); without it the targets only replay their
 * seeds. Longer local runs override it on the command line (README, "Fuzzing").
 */
final class FuzzDurations {

	/** Per target in {@code .ci/run}: short enough for CI's time, long enough to mutate every seed many times. */
	static final String CI = "45s";

	private FuzzDurations() {
	}
}
