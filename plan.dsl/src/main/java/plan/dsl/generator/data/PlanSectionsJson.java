package plan.dsl.generator.data;

import com.google.gson.JsonObject;

import plan.dsl.facts.SourceText;
import plan.dsl.plan.Actual;
import plan.dsl.plan.Adjustment;
import plan.dsl.plan.Approval;
import plan.dsl.plan.ApprovalRound;
import plan.dsl.plan.Audience;
import plan.dsl.plan.Budget;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Criteria;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Finding;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.PlanPackage.Literals;
import plan.dsl.plan.ProgressUpdate;
import plan.dsl.plan.Publicity;
import plan.dsl.plan.Report;
import plan.dsl.plan.Research;
import plan.dsl.plan.ResearchMethod;
import plan.dsl.plan.Responsibility;
import plan.dsl.plan.Results;
import plan.dsl.plan.Safeguards;
import plan.dsl.plan.Stage;
import plan.dsl.plan.Team;
import plan.dsl.plan.Tracking;
import plan.dsl.plan.Unit;

/**
 * The sections about people, evaluation, support and follow-up (team to results), in the same shape as
 * {@link PlanModelJson}: a section the plan leaves out is absent, its lists are always present.
 */
final class PlanSectionsJson {

	private PlanSectionsJson() {
	}

	static JsonObject team(Team team) {
		if (team == null) {
			return null;
		}
		return new JsonFields()
				.array("parties", team.getParties(), PlanSectionsJson::party)
				.array("responsibilities", team.getResponsibilities(), PlanSectionsJson::responsibility)
				.build();
	}

	/** A person or a unit, told apart by {@code type} since both are "parties" that own work. */
	private static JsonObject party(Party party) {
		if (party instanceof Unit unit) {
			return new JsonFields()
					.text("type", "unit")
					.text("name", unit.getName())
					.text("title", unit.getTitle())
					.text("lead", References.name(unit, Literals.UNIT__LEAD))
					.add("members", PlanModelJson.names(unit, Literals.UNIT__MEMBERS, unit.getMembers()))
					.build();
		}
		Person person = (Person) party;
		return new JsonFields()
				.text("type", "person")
				.text("name", person.getName())
				.text("position", person.getPosition())
				.literal("role", SourceText.isWritten(person, Literals.PERSON__ROLE) ? person.getRole() : null)
				.build();
	}

	private static JsonObject responsibility(Responsibility responsibility) {
		return new JsonFields()
				.text("party", References.name(responsibility, Literals.RESPONSIBILITY__PARTY))
				.text("text", responsibility.getText())
				.build();
	}

	static JsonObject research(Research research) {
		if (research == null) {
			return null;
		}
		return new JsonFields()
				.array("methods", research.getMethods(), PlanSectionsJson::method)
				.array("findings", research.getFindings(), PlanSectionsJson::finding)
				.build();
	}

	private static JsonObject method(ResearchMethod method) {
		JsonFields fields = new JsonFields()
				.literal("kind", method.getKind())
				.text("description", method.getDescription());
		if (SourceText.isWritten(method, Literals.RESEARCH_METHOD__SAMPLE)) {
			fields.integer("sample", method.getSample());
		}
		return fields.build();
	}

	private static JsonObject finding(Finding finding) {
		return new JsonFields().text("name", finding.getName()).text("text", finding.getText()).build();
	}

	static JsonObject audience(Audience audience) {
		if (audience == null) {
			return null;
		}
		return new JsonFields()
				.text("text", audience.getText())
				.add("units", PlanModelJson.names(audience, Literals.AUDIENCE__UNITS, audience.getUnits()))
				.build();
	}

	static JsonObject criteria(Criteria criteria) {
		if (criteria == null) {
			return null;
		}
		return new JsonFields()
				.array("criteria", criteria.getCriteria(), PlanSectionsJson::criterion)
				.literal("cycle", SourceText.isWritten(criteria, Literals.CRITERIA__CYCLE) ? criteria.getCycle() : null)
				.strings("procedure", criteria.getProcedure())
				.text("judges", criteria.getJudges())
				.build();
	}

	private static JsonObject criterion(Criterion criterion) {
		return new JsonFields()
				.text("name", criterion.getName())
				.text("title", criterion.getTitle())
				.number("weight", criterion.getWeight())
				.flag("quantitative", criterion.isQuantitative())
				.literal("comparison", SourceText.isWritten(criterion, Literals.CRITERION__COMPARISON) ? criterion.getComparison() : null)
				.add("target", PlanModelJson.quantity(criterion.getTarget()))
				.text("description", criterion.getDescription())
				.build();
	}

	static JsonObject publicity(Publicity publicity) {
		if (publicity == null) {
			return null;
		}
		return new JsonFields().array("stages", publicity.getStages(), PlanSectionsJson::stage).build();
	}

	private static JsonObject stage(Stage stage) {
		return new JsonFields()
				.text("title", stage.getTitle())
				.text("during", References.name(stage, Literals.STAGE__DURING))
				.add("range", PlanModelJson.range(stage.getRange()))
				.strings("channels", stage.getChannels())
				.text("owner", References.name(stage, Literals.STAGE__OWNER))
				.text("content", stage.getContent())
				.build();
	}

	static JsonObject safeguards(Safeguards safeguards) {
		if (safeguards == null) {
			return null;
		}
		return new JsonFields()
				.text("organization", safeguards.getOrganization())
				.text("personnel", safeguards.getPersonnel())
				.add("budget", budget(safeguards.getBudget()))
				.text("materials", safeguards.getMaterials())
				.build();
	}

	private static JsonObject budget(Budget budget) {
		if (budget == null) {
			return null;
		}
		return new JsonFields()
				.add("total", PlanModelJson.money(budget.getTotal()))
				.array("items", budget.getItems(), PlanSectionsJson::budgetItem)
				.build();
	}

	/** An item's currency is usually left to the budget's; it appears here only when written. */
	private static JsonObject budgetItem(BudgetItem item) {
		return new JsonFields()
				.text("text", item.getText())
				.number("amount", item.getAmount())
				.text("currency", item.getCurrency())
				.build();
	}

	static JsonObject approval(Approval approval) {
		if (approval == null) {
			return null;
		}
		return new JsonFields().array("rounds", approval.getRounds(), PlanSectionsJson::round).build();
	}

	private static JsonObject round(ApprovalRound round) {
		return new JsonFields()
				.integer("number", round.getNumber())
				.date("date", round.getDate())
				.text("body", round.getBody())
				.literal("decision", round.getDecision())
				.text("comment", round.getComment())
				.build();
	}

	static JsonObject tracking(Tracking tracking) {
		if (tracking == null) {
			return null;
		}
		return new JsonFields()
				.array("reports", tracking.getReports(), PlanSectionsJson::report)
				.array("updates", tracking.getUpdates(), PlanSectionsJson::update)
				.array("adjustments", tracking.getAdjustments(), PlanSectionsJson::adjustment)
				.build();
	}

	private static JsonObject report(Report report) {
		return new JsonFields()
				.literal("cadence", report.getCadence())
				.text("body", report.getBody())
				.text("by", References.name(report, Literals.REPORT__BY))
				.build();
	}

	private static JsonObject update(ProgressUpdate update) {
		return new JsonFields()
				.date("date", update.getDate())
				.text("project", References.name(update, Literals.PROGRESS_UPDATE__PROJECT))
				.number("progress", update.getProgress())
				.text("note", update.getNote())
				.build();
	}

	private static JsonObject adjustment(Adjustment adjustment) {
		return new JsonFields().date("date", adjustment.getDate()).text("text", adjustment.getText()).build();
	}

	static JsonObject results(Results results) {
		if (results == null) {
			return null;
		}
		return new JsonFields().array("actuals", results.getActuals(), PlanSectionsJson::actual).build();
	}

	/** {@code measuredType} says whether the name is a goal's or a criterion's (they are separate kinds). */
	private static JsonObject actual(Actual actual) {
		String type = actual.getMeasured() instanceof Goal ? "goal"
				: actual.getMeasured() instanceof Criterion ? "criterion" : null;
		return new JsonFields()
				.text("measured", References.name(actual, Literals.ACTUAL__MEASURED))
				.text("measuredType", type)
				.add("value", PlanModelJson.quantity(actual.getValue()))
				.build();
	}
}
