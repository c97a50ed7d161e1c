package plan.dsl.generator.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.view.PlanViews;

/**
 * The dashboard ({@code <Name>.dashboard.html}): one self-contained HTML file, no script and no request,
 * showing the timeline, the task board, goals, criteria, budget, completeness and open problems.
 */
public final class DashboardOutput implements PlanOutput {

	private final OpenProblems problems;

	/** A dashboard that lists the diagnostics {@code problems} gives for each plan. */
	public DashboardOutput(OpenProblems problems) {
		this.problems = problems;
	}

	/** A dashboard for a caller that did not validate: the open problems say "not validated". */
	public DashboardOutput() {
		this(OpenProblems.NOT_VALIDATED);
	}

	@Override
	public String format() {
		return "dashboard";
	}

	@Override
	public String fileName(PlanFacts facts) {
		return OutputFolder.safeName(facts.plan().getName()) + ".dashboard.html";
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		String html = DashboardPage.render(PlanViews.of(facts), problems.of(facts));
		return List.of(out.writeString(fileName(facts), html));
	}
}
