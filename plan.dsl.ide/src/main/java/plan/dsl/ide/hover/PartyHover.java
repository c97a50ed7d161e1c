package plan.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import plan.dsl.ide.contentassist.KeywordAliases;
import plan.dsl.ide.contentassist.KeywordLanguage;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;
import plan.dsl.plan.Responsibility;
import plan.dsl.plan.Stage;
import plan.dsl.plan.Unit;

/**
 * A person or unit: position or title, role, the units they lead or belong to, their responsibilities, and
 * everything in the plan they own — goals, projects, publicity stages, progress reports.
 */
final class PartyHover {

	private PartyHover() {
	}

	static String of(Party party, Plan plan, KeywordAliases aliases) {
		HoverText text = new HoverText(plan);
		if (party instanceof Person person) {
			text.add("lsp.hover.person", person.getName(), person.getPosition());
			if (person.getRole() != null) {
				KeywordLanguage language = plan.getLanguage() == DocLanguage.EN ? KeywordLanguage.ENGLISH : KeywordLanguage.CHINESE;
				text.add("lsp.hover.role", aliases.value("Role", person.getRole().getLiteral(), language));
			}
		} else if (party instanceof Unit unit) {
			text.add("lsp.hover.unit", unit.getName(), unit.getTitle());
			if (unit.getLead() != null && !unit.getLead().eIsProxy()) {
				text.add("lsp.hover.unit.lead", unit.getLead().getName());
			}
			text.addList("lsp.hover.unit.members", unit.getMembers().stream().filter(p -> !p.eIsProxy()).map(Person::getName).toList());
		}
		if (plan.getTeam() != null) {
			List<Unit> units = plan.getTeam().getParties().stream().filter(Unit.class::isInstance).map(Unit.class::cast).toList();
			text.addList("lsp.hover.leads", units.stream().filter(u -> u.getLead() == party).map(Unit::getName).toList());
			text.addList("lsp.hover.member-of", units.stream().filter(u -> u.getMembers().contains(party)).map(Unit::getName).toList());
			text.addList("lsp.hover.responsibilities", plan.getTeam().getResponsibilities().stream()
					.filter(r -> r.getParty() == party).map(Responsibility::getText).map(HoverText::escape).toList());
		}
		List<String> owned = owned(party, plan, text);
		if (owned.isEmpty()) {
			text.add("lsp.hover.owns.none");
		} else {
			text.addList("lsp.hover.owns", owned);
		}
		return text.build();
	}

	private static List<String> owned(Party party, Plan plan, HoverText text) {
		List<String> owned = new ArrayList<>();
		for (Goal goal : plan.getGoals()) {
			if (goal.getOwner() == party) {
				owned.add(text.text("lsp.hover.owns.goal", goal.getName(), goal.getTitle()));
			}
		}
		for (Project project : plan.getProjects()) {
			if (project.getOwner() == party) {
				owned.add(text.text("lsp.hover.owns.project", project.getName(), project.getTitle()));
			}
		}
		if (plan.getPublicity() != null) {
			for (Stage stage : plan.getPublicity().getStages()) {
				if (stage.getOwner() == party) {
					owned.add(text.text("lsp.hover.owns.stage", stage.getTitle()));
				}
			}
		}
		if (plan.getTracking() != null) {
			plan.getTracking().getReports().stream().filter(r -> r.getBy() == party)
					.forEach(r -> owned.add(text.text("lsp.hover.owns.report", r.getBody())));
		}
		return owned;
	}
}
