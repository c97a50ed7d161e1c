package plan.dsl.generator.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import plan.dsl.facts.BudgetSummary;
import plan.dsl.facts.Completeness;
import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.facts.SmartAssessment;
import plan.dsl.facts.Span;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Project;

/** What {@link PlanFacts} derives from the plan, exactly as computed there: nothing is recomputed here. */
final class PlanFactsJson {

	private PlanFactsJson() {
	}

	static JsonObject facts(PlanFacts facts) {
		return new JsonFields()
				.date("asOf", facts.asOf())
				.array("smart", facts.smart().all(), PlanFactsJson::smart)
				.add("completeness", completeness(facts.completeness()))
				.add("schedule", schedule(facts.schedule(), facts.plan().getProjects()))
				.add("budget", budget(facts.budget()))
				.build();
	}

	/** Qualities and gaps by stable ids: {@code time-bound} as in the code {@code smart.time-bound}. */
	private static JsonObject smart(SmartAssessment.GoalScore score) {
		return new JsonFields()
				.text("goal", score.goal().getName())
				.integer("score", score.score())
				.add("missing", ids(score.missing()))
				.add("gaps", ids(score.gaps()))
				.add("supportingProjects", projectNames(score.supportingProjects()))
				.build();
	}

	private static JsonObject completeness(Completeness completeness) {
		return new JsonFields()
				.literal("kind", completeness.kind())
				.integer("percent", completeness.percent())
				.strings("required", completeness.required().stream().map(Completeness.Requirement::id).toList())
				.strings("missing", completeness.missing().stream().map(Completeness.Requirement::id).toList())
				.strings("goalsWithoutOutcome", completeness.goalsWithoutOutcome().stream().map(Goal::getName).toList())
				.array("incompleteProjects", completeness.incompleteProjects().entrySet(), entry -> new JsonFields()
						.text("project", entry.getKey().getName())
						.add("missing", ids(entry.getValue()))
						.build())
				.add("featuredProjects", projectNames(completeness.featuredProjects()))
				.build();
	}

	/** Enum constants as lower-case ids in declaration order: {@code TIME_BOUND} is {@code time-bound}. */
	private static JsonArray ids(Collection<? extends Enum<?>> constants) {
		JsonArray ids = new JsonArray();
		constants.stream().sorted(Comparator.comparingInt(Enum::ordinal))
				.forEach(constant -> ids.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		return ids;
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
