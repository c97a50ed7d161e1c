package plan.dsl.generator;

import plan.dsl.facts.PlanFacts;

/**
 * An output that is one file per plan, named after the plan: {@code <safe plan name><suffix>}, e.g.
 * {@code CXZY2026.dashboard.html}; the name comes from {@link OutputFolder#safeName(String)} so it never
 * leaves the output folder.
 */
public abstract class SingleFileOutput implements PlanOutput {

	private final String format;
	private final String suffix;

	protected SingleFileOutput(String format, String suffix) {
		this.format = format;
		this.suffix = suffix;
	}

	@Override
	public final String format() {
		return format;
	}

	@Override
	public final String fileName(PlanFacts facts) {
		return OutputFolder.safeName(facts.plan().getName()) + suffix;
	}
}
