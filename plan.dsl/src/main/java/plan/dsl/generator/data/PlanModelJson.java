package plan.dsl.generator.data;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import plan.dsl.facts.SourceText;
import plan.dsl.plan.Background;
import plan.dsl.plan.BackgroundItem;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Measure;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Money;
import plan.dsl.plan.Outcome;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage.Literals;
import plan.dsl.plan.Project;
import plan.dsl.plan.Quantity;

/**
 * The plan as written, resolved: every setting and section, property names following the grammar's
 * features (see docs/plan.schema.json). References appear as the names of their targets; a goal that a
 * goal or project {@code supports} also carries its plan and qualified name, since it may live in another
 * plan of the workspace. The sections of organisation and follow-up are in {@link PlanSectionsJson}.
 */
final class PlanModelJson {

	private PlanModelJson() {
	}

	static JsonObject plan(Plan plan) {
		return new JsonFields()
				.text("name", plan.getName())
				.text("title", plan.getTitle())
				.literal("kind", SourceText.isWritten(plan, Literals.PLAN__KIND) ? plan.getKind() : null)
				// EMF's default literal is the spec's default: documents are in Chinese unless the plan says otherwise
				.literal("language", plan.getLanguage())
				.text("organization", plan.getOrganization())
				.add("period", range(plan.getPeriod()))
				.literal("status", SourceText.isWritten(plan, Literals.PLAN__STATUS) ? plan.getStatus() : null)
				.text("version", plan.getVersion())
				.date("asof", plan.getAsof())
				.add("background", background(plan.getBackground()))
				.array("goals", plan.getGoals(), PlanModelJson::goal)
				.add("team", PlanSectionsJson.team(plan.getTeam()))
				.add("research", PlanSectionsJson.research(plan.getResearch()))
				.text("theme", plan.getTheme())
				.text("slogan", plan.getSlogan())
				.add("audience", PlanSectionsJson.audience(plan.getAudience()))
				.array("phases", plan.getPhases(), PlanModelJson::phase)
				.array("projects", plan.getProjects(), PlanModelJson::project)
				.add("criteria", PlanSectionsJson.criteria(plan.getCriteria()))
				.add("publicity", PlanSectionsJson.publicity(plan.getPublicity()))
				.add("safeguards", PlanSectionsJson.safeguards(plan.getSafeguards()))
				.array("outcomes", plan.getOutcomes(), PlanModelJson::outcome)
				.add("approval", PlanSectionsJson.approval(plan.getApproval()))
				.add("tracking", PlanSectionsJson.tracking(plan.getTracking()))
				.add("results", PlanSectionsJson.results(plan.getResults()))
				.build();
	}

	private static JsonObject background(Background background) {
		if (background == null) {
			return null;
		}
		return new JsonFields()
				.strings("paragraphs", background.getParagraphs())
				.array("items", background.getItems(), PlanModelJson::backgroundItem)
				.build();
	}

	private static JsonObject backgroundItem(BackgroundItem item) {
		return new JsonFields()
				.literal("kind", item.getKind())
				.text("name", item.getName())
				.text("text", item.getText())
				.build();
	}

	private static JsonObject goal(Goal goal) {
		return new JsonFields()
				.text("name", goal.getName())
				.text("title", goal.getTitle())
				.literal("level", SourceText.isWritten(goal, Literals.GOAL__LEVEL) ? goal.getLevel() : null)
				.text("specific", goal.getSpecific())
				.add("measure", measure(goal.getMeasure()))
				.text("owner", References.name(goal, Literals.GOAL__OWNER))
				.add("addresses", names(goal, Literals.GOAL__ADDRESSES, goal.getAddresses()))
				.add("supports", supportedGoals(goal, Literals.GOAL__SUPPORTS, goal.getSupports()))
				.date("due", goal.getDue())
				.build();
	}

	private static JsonObject measure(Measure measure) {
		if (measure == null) {
			return null;
		}
		return new JsonFields()
				.text("indicator", measure.getIndicator())
				.add("baseline", quantity(measure.getBaseline()))
				.add("target", quantity(measure.getTarget()))
				.text("criterion", References.name(measure, Literals.MEASURE__CRITERION))
				.build();
	}

	private static JsonObject phase(Phase phase) {
		return new JsonFields()
				.text("name", phase.getName())
				.text("title", phase.getTitle())
				.add("range", range(phase.getRange()))
				.array("milestones", phase.getMilestones(), PlanModelJson::milestone)
				.build();
	}

	private static JsonObject milestone(Milestone milestone) {
		return new JsonFields()
				.text("name", milestone.getName())
				.text("title", milestone.getTitle())
				.date("date", milestone.getDate())
				.build();
	}

	/** The project as written; its effective dates (from {@code during} or dependencies) are facts. */
	private static JsonObject project(Project project) {
		return new JsonFields()
				.text("name", project.getName())
				.text("title", project.getTitle())
				.text("type", project.getType())
				.text("owner", References.name(project, Literals.PROJECT__OWNER))
				.text("during", References.name(project, Literals.PROJECT__DURING))
				.add("range", range(project.getRange()))
				.add("after", names(project, Literals.PROJECT__AFTER, project.getAfter()))
				.text("deliverable", project.getDeliverable())
				.text("standard", project.getStandard())
				.add("supports", supportedGoals(project, Literals.PROJECT__SUPPORTS, project.getSupports()))
				.flag("featured", project.isFeatured())
				.text("integrates", project.getIntegrates())
				.add("budget", money(project.getBudget()))
				.literal("status", SourceText.isWritten(project, Literals.PROJECT__STATUS) ? project.getStatus() : null)
				.build();
	}

	private static JsonObject outcome(Outcome outcome) {
		return new JsonFields()
				.text("name", outcome.getName())
				.text("title", outcome.getTitle())
				.add("goals", names(outcome, Literals.OUTCOME__GOALS, outcome.getGoals()))
				.text("verifiedBy", outcome.getVerifiedBy())
				.build();
	}

	static JsonObject range(DateRange range) {
		if (range == null) {
			return null;
		}
		return new JsonFields().date("from", range.getFrom()).date("to", range.getTo()).build();
	}

	static JsonObject quantity(Quantity quantity) {
		if (quantity == null) {
			return null;
		}
		return new JsonFields().number("value", quantity.getValue()).text("unit", quantity.getUnit()).build();
	}

	static JsonObject money(Money money) {
		if (money == null) {
			return null;
		}
		return new JsonFields().number("amount", money.getAmount()).text("currency", money.getCurrency()).build();
	}

	/** The names of a many-valued reference, in the order written. */
	static JsonArray names(EObject owner, EReference reference, List<? extends EObject> targets) {
		JsonArray names = new JsonArray();
		for (int i = 0; i < targets.size(); i++) {
			names.add(new JsonPrimitive(References.name(owner, reference, targets.get(i), i)));
		}
		return names;
	}

	/**
	 * Supported goals with the plan that declares each, so a consumer sees alignment across plans
	 * ({@code supports OtherPlan.G1}) without resolving names itself. An unresolved goal keeps the text
	 * written as both its name and qualified name and has no plan.
	 */
	private static JsonArray supportedGoals(EObject owner, EReference reference, List<Goal> goals) {
		JsonArray supported = new JsonArray();
		for (int i = 0; i < goals.size(); i++) {
			Goal goal = goals.get(i);
			Plan plan = References.planOf(goal);
			String name = References.name(owner, reference, goal, i);
			supported.add(new JsonFields()
					.text("name", name)
					.text("plan", plan == null ? null : plan.getName())
					.text("qualifiedName", plan == null ? name : plan.getName() + "." + name)
					.build());
		}
		return supported;
	}
}
