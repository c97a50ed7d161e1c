package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plan.dsl.facts.SourceText;
import plan.dsl.plan.Audience;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Outcome;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanKind;
import plan.dsl.plan.PlanPackage;

/**
 * 三、活动方案: the eight elements of seed 1 in its order (主题, 对象与范围, 时间安排, 内容与载体, 评选标准与办法,
 * 宣传推广, 保障措施, 预期成果与检验). Its own heading follows the plan's kind (活动方案, 工作安排, 实施方案).
 */
final class ProgramSection {

	private final DocumentContext context;
	private final Wording words;

	ProgramSection(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		return new SectionContent()
				.subsection(theme())
				.subsection(audience())
				.subsection(new ScheduleSection(context).section())
				.subsection(new ProjectsSection(context).section())
				.subsection(new CriteriaSection(context).section())
				.subsection(new PublicitySection(context).section())
				.subsection(new SafeguardsSection(context).section())
				.subsection(outcomes())
				.section(1, words.text("doc.section.program." + kind().getName()));
	}

	private PlanKind kind() {
		Plan plan = context.plan();
		return SourceText.isWritten(plan, PlanPackage.Literals.PLAN__KIND) ? plan.getKind() : PlanKind.ACTIVITY;
	}

	private Optional<Section> theme() {
		return new SectionContent()
				.field(words.label("doc.label.theme"), context.plan().getTheme())
				.field(words.label("doc.label.slogan"), context.plan().getSlogan())
				.section(2, words.text("doc.section.theme"));
	}

	private Optional<Section> audience() {
		Audience audience = context.plan().getAudience();
		if (audience == null) {
			return Optional.empty();
		}
		List<String> units = audience.getUnits().stream().map(words::party).toList();
		return new SectionContent()
				.paragraph(audience.getText())
				.field(words.label("doc.label.units"), words.list(units))
				.section(2, words.text("doc.section.audience"));
	}

	private Optional<Section> outcomes() {
		List<List<String>> rows = new ArrayList<>();
		for (Outcome outcome : context.plan().getOutcomes()) {
			List<String> goals = outcome.getGoals().stream().map(Goal::getTitle).map(SectionContent::cell).toList();
			rows.add(List.of(cell(outcome.getTitle()), words.phrases(goals), cell(outcome.getVerifiedBy())));
		}
		List<String> header = List.of(words.text("doc.col.outcome"), words.text("doc.col.goal"),
				words.text("doc.col.verifiedBy"));
		return new SectionContent()
				.table(new Block.Table(words.text("doc.table.outcomes"), header, rows, null))
				.section(2, words.text("doc.section.outcomes"));
	}
}
