package plan.dsl.generator.dashboard;

import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.view.OpenProblem;

/**
 * Where the dashboard gets the validation diagnostics of a plan: from whoever validated it (the command
 * line, the Maven plugin, the editor), so that generating never validates a second time.
 */
@FunctionalInterface
public interface OpenProblems {

	/** The diagnostics of the plan, or {@code null} when the plan was not validated. */
	List<OpenProblem> of(PlanFacts facts);

	/** For callers that did not validate: the dashboard then says so instead of claiming no problems. */
	OpenProblems NOT_VALIDATED = facts -> null;
}
