package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plan.dsl.plan.Phase;

/** 时间安排: the plan's period and its phases with their milestones. */
final class ScheduleSection {

	private final DocumentContext context;
	private final Wording words;

	ScheduleSection(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		List<List<String>> rows = new ArrayList<>();
		for (Phase phase : context.plan().getPhases()) {
			List<String> milestones = phase.getMilestones().stream()
					.map(milestone -> words.text("doc.dated", cell(milestone.getTitle()), words.date(milestone.getDate())))
					.toList();
			rows.add(List.of(cell(phase.getTitle()), words.range(phase.getRange()), words.phrases(milestones)));
		}
		List<String> header = List.of(words.text("doc.col.phase"), words.text("doc.col.dates"),
				words.text("doc.col.milestones"));
		return new SectionContent()
				.field(words.label("doc.label.period"), words.range(context.plan().getPeriod()))
				.table(new Block.Table(words.text("doc.table.phases"), header, rows, null))
				.section(2, words.text("doc.section.schedule"));
	}
}
