package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plan.dsl.facts.SourceText;
import plan.dsl.plan.Finding;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.Research;
import plan.dsl.plan.ResearchMethod;
import plan.dsl.plan.Responsibility;
import plan.dsl.plan.Team;
import plan.dsl.plan.Unit;

/** 二、策划团队与调研: who plans (people, working groups, responsibilities) and what research informed it. */
final class TeamAndResearch {

	private final DocumentContext context;
	private final Wording words;

	TeamAndResearch(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		return new SectionContent()
				.subsection(team())
				.subsection(research())
				.section(1, words.text("doc.section.teamAndResearch"));
	}

	private Optional<Section> team() {
		Team team = context.plan().getTeam();
		if (team == null) {
			return Optional.empty();
		}
		List<List<String>> people = new ArrayList<>();
		List<String> units = new ArrayList<>();
		for (Party party : team.getParties()) {
			if (party instanceof Person person) {
				String role = SourceText.isWritten(person, PlanPackage.Literals.PERSON__ROLE)
						? words.enumeration(person.getRole()) : "";
				people.add(List.of(cell(person.getName()), cell(person.getPosition()), role));
			} else if (party instanceof Unit unit) {
				units.add(unit(unit));
			}
		}
		List<String> header = List.of(words.text("doc.col.person"), words.text("doc.col.position"),
				words.text("doc.col.role"));
		List<String> responsibilities = team.getResponsibilities().stream().map(this::responsibility).toList();
		return new SectionContent().table(new Block.Table(words.text("doc.table.team"), header, people, null))
				.items(words.label("doc.label.units.list"), units)
				.items(words.label("doc.label.responsibilities"), responsibilities)
				.section(2, words.text("doc.section.team"));
	}

	/** "宣传报道组（组长：赵敏；组员：赵敏）", leaving out what the unit does not name. */
	private String unit(Unit unit) {
		String title = words.party(unit);
		String members = words.list(unit.getMembers().stream().map(words::party).toList());
		if (unit.getLead() == null) {
			return members.isEmpty() ? title : words.text("doc.party.unitNoLead", title, members);
		}
		String lead = words.party(unit.getLead());
		return members.isEmpty() ? words.text("doc.party.unitNoMembers", title, lead)
				: words.text("doc.party.unit", title, lead, members);
	}

	private String responsibility(Responsibility responsibility) {
		return words.labelled(words.party(responsibility.getParty()), cell(responsibility.getText()));
	}

	private Optional<Section> research() {
		Research research = context.plan().getResearch();
		if (research == null) {
			return Optional.empty();
		}
		List<String> methods = research.getMethods().stream().map(this::method).toList();
		List<String> findings = research.getFindings().stream().map(Finding::getText).toList();
		return new SectionContent()
				.items(words.label("doc.label.methods"), methods)
				.items(words.label("doc.label.findings"), findings)
				.section(2, words.text("doc.section.research"));
	}

	/** "问卷调查：面向全体员工的问卷调查（样本600）". */
	private String method(ResearchMethod method) {
		String text = words.labelled(words.enumeration(method.getKind()), cell(method.getDescription()));
		if (SourceText.isWritten(method, PlanPackage.Literals.RESEARCH_METHOD__SAMPLE)) {
			return words.text("doc.sample", text, Integer.toString(method.getSample()));
		}
		return text;
	}
}
