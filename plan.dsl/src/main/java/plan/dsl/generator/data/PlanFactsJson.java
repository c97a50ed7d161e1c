package plan.dsl.generator.data;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import plan.dsl.facts.BudgetSummary;
import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Project;

/** What {@link PlanFacts} derives from the plan, exactly as computed there: nothing is recomputed here. */
final class PlanFactsJson {

	private PlanFactsJson() {
	}

	static JsonObject facts(PlanFacts facts) {
		return new JsonFields()
				.date("asOf", facts.asOf())
				.add("schedule", schedule(facts.schedule(), facts.plan().getProjects()))
				.add("budget", budget(facts.budget()))
				.build();
	}

	private static JsonObject schedule(Schedule schedule, List<Project> projects) {
		JsonArray cycles = new JsonArray();
		schedule.cycles().forEach(cycle -> cycles.add(projectNames(cycle)));
		return new JsonFields()
				.date("firstDay", schedule.firstDay())
				.date("lastDay", schedule.lastDay())
				.array("projects", projects, project -> scheduledProject(schedule, project))
				.add("criticalChain", projectNames(schedule.criticalChain()))
				.integer("criticalChainDays", schedule.criticalChainDays())
				.add("lateProjects", projectNames(schedule.lateProjects()))
				.add("cycles", cycles)
				.build();
	}

	/** A project's effective dates (its own, or its phase's), progress as of asOf and lateness. */
	private static JsonObject scheduledProject(Schedule schedule, Project project) {
		Span span = schedule.span(project);
		return new JsonFields()
				.text("name", project.getName())
				.date("start", span.start())
				.date("end", span.end())
				.integer("days", span.days())
				.number("progress", schedule.progress(project))
				.flag("late", schedule.isLate(project))
				.add("dependencies", projectNames(schedule.dependencies(project)))
				.build();
	}

	private static JsonObject budget(BudgetSummary budget) {
		return new JsonFields()
				.text("currency", budget.currency())
				.number("total", budget.total())
				.number("itemSum", budget.itemSum())
				.number("difference", budget.difference())
				.number("projectSum", budget.projectSum())
				.flag("currencyConsistent", budget.isCurrencyConsistent())
				.array("mismatchedItems", budget.mismatchedItems(), (BudgetItem item) -> new JsonPrimitive(item.getText()))
				.add("mismatchedProjects", projectNames(budget.mismatchedProjects()))
				.build();
	}

	private static JsonArray projectNames(Iterable<Project> projects) {
		JsonArray names = new JsonArray();
		projects.forEach(project -> names.add(project.getName()));
		return names;
	}
}
