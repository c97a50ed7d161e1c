package plan.dsl.generator.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.dsl.facts.BudgetSummary;
import plan.dsl.facts.Completeness;
import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.SourceText;
import plan.dsl.plan.BackgroundItem;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Measured;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.Project;
import plan.dsl.plan.Role;
import plan.dsl.plan.Unit;

/**
 * Reads a plan and its derived facts into a {@link PlanView}. Numbers that are facts (dates, scores,
 * sums, the critical chain, lateness) are taken from {@link PlanFacts}, never recomputed here.
 */
public final class PlanViews {

	private PlanViews() {
	}

	public static PlanView of(PlanFacts facts) {
		Plan plan = facts.plan();
		Map<Measured, Amount> actuals = GoalViews.actuals(plan);
		return new PlanView(header(facts), ScheduleViews.timeline(facts), GoalViews.goals(facts, actuals),
				GoalViews.criteria(plan, actuals), budget(facts.budget()), completeness(facts), background(plan),
				owners(plan));
	}

	/** Settings that are not written stay {@code null}. */
	private static PlanHeader header(PlanFacts facts) {
		Plan plan = facts.plan();
		return new PlanHeader(plan.getName(), plan.getTitle(), plan.getLanguage(),
				SourceText.isWritten(plan, PlanPackage.Literals.PLAN__KIND) ? plan.getKind() : null,
				SourceText.isWritten(plan, PlanPackage.Literals.PLAN__STATUS) ? plan.getStatus() : null, plan.getOrganization(),
				plan.getVersion(), plan.getPeriod() == null ? null : plan.getPeriod().getFrom(),
				plan.getPeriod() == null ? null : plan.getPeriod().getTo(), facts.asOf(), plan.getTheme(),
				plan.getSlogan());
	}

	private static BudgetView budget(BudgetSummary budget) {
		String currency = budget.currency();
		List<BudgetView.Line> items = new ArrayList<>();
		if (budget.budget() != null) {
			for (BudgetItem item : budget.budget().getItems()) {
				items.add(new BudgetView.Line(item.getText(), item.getAmount(),
						item.getCurrency() == null ? currency : item.getCurrency()));
			}
		}
		List<BudgetView.Line> projects = new ArrayList<>();
		budget.projectBudgets().forEach((project, money) -> projects.add(new BudgetView.Line(
				project.getName() + " " + project.getTitle(), money.getAmount(), money.getCurrency())));
		return new BudgetView(currency, budget.total(), items, budget.itemSum(), budget.difference(), projects,
				budget.projectSum());
	}

	private static CompletenessView completeness(PlanFacts facts) {
		Completeness completeness = facts.completeness();
		List<String> missing = completeness.missingToReport().stream()
				.map(r -> r.label(facts.plan().getLanguage())).toList();
		return new CompletenessView(completeness.percent(), missing);
	}

	private static List<BackgroundView> background(Plan plan) {
		if (plan.getBackground() == null) {
			return List.of();
		}
		Map<BackgroundItem, List<String>> addressedBy = new LinkedHashMap<>();
		for (Goal goal : plan.getGoals()) {
			goal.getAddresses().forEach(item -> addressedBy.computeIfAbsent(item, i -> new ArrayList<>())
					.add(goal.getName()));
		}
		return plan.getBackground().getItems().stream().map(item -> new BackgroundView(item.getName(),
				item.getKind(), item.getText(), addressedBy.getOrDefault(item, List.of()))).toList();
	}

	/**
	 * The team's leader and everyone who owns a goal or project, in team order, each with the titles of what
	 * they own.
	 */
	private static List<OwnerView> owners(Plan plan) {
		if (plan.getTeam() == null) {
			return List.of();
		}
		Map<Party, List<String>> owns = new LinkedHashMap<>();
		for (Goal goal : plan.getGoals()) {
			if (goal.getOwner() != null) {
				owns.computeIfAbsent(goal.getOwner(), p -> new ArrayList<>()).add(goal.getTitle());
			}
		}
		for (Project project : plan.getProjects()) {
			if (project.getOwner() != null) {
				owns.computeIfAbsent(project.getOwner(), p -> new ArrayList<>()).add(project.getTitle());
			}
		}
		List<OwnerView> owners = new ArrayList<>();
		for (Party party : plan.getTeam().getParties()) {
			boolean leader = party instanceof Person person && SourceText.isWritten(person, PlanPackage.Literals.PERSON__ROLE)
					&& person.getRole() == Role.LEADER;
			List<String> owned = owns.getOrDefault(party, List.of());
			if (leader || !owned.isEmpty()) {
				String position = party instanceof Person person ? person.getPosition() : ((Unit) party).getTitle();
				owners.add(new OwnerView(party.getName(), position, leader, owned));
			}
		}
		owners.sort((a, b) -> Boolean.compare(b.leader(), a.leader()));
		return owners;
	}
}
