package plan.dsl.generator.dashboard;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.TextOutput;
import plan.dsl.generator.view.PlanViews;

/**
 * The dashboard ({@code <Name>.dashboard.html}): one self-contained HTML file, no script and no request,
 * showing the timeline, the task board, goals, criteria, budget, completeness and open problems.
 */
public final class DashboardOutput extends TextOutput {

	private final OpenProblems problems;

	/** A dashboard that lists the diagnostics {@code problems} gives for each plan. */
	public DashboardOutput(OpenProblems problems) {
		super("dashboard", ".dashboard.html");
		this.problems = problems;
	}

	/** A dashboard for a caller that did not validate: the open problems say "not validated". */
	public DashboardOutput() {
		this(OpenProblems.NOT_VALIDATED);
	}

	@Override
	protected String text(PlanFacts facts) {
		return DashboardPage.render(PlanViews.of(facts), problems.of(facts));
	}
}
