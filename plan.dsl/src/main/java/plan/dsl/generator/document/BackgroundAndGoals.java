package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plan.dsl.facts.SmartAssessment;
import plan.dsl.facts.SourceText;
import plan.dsl.plan.Background;
import plan.dsl.plan.BackgroundItem;
import plan.dsl.plan.BackgroundKind;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Measure;
import plan.dsl.plan.PlanPackage;

/** 一、背景与目标: the background analysis, then the goals with their SMART fields and score. */
final class BackgroundAndGoals {

	/** The seed's order: stage and opportunities, challenges, core tasks, weaknesses. */
	private static final List<BackgroundKind> KIND_ORDER = List.of(BackgroundKind.OPPORTUNITY,
			BackgroundKind.CHALLENGE, BackgroundKind.TASK, BackgroundKind.WEAKNESS);

	private final DocumentContext context;
	private final Wording words;

	BackgroundAndGoals(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		return new SectionContent()
				.subsection(background())
				.subsection(goals())
				.section(1, words.text("doc.section.backgroundAndGoals"));
	}

	private Optional<Section> background() {
		Background background = context.plan().getBackground();
		SectionContent content = new SectionContent();
		if (background != null) {
			background.getParagraphs().forEach(content::paragraph);
			for (BackgroundKind kind : KIND_ORDER) {
				List<String> texts = background.getItems().stream().filter(item -> item.getKind() == kind)
						.map(BackgroundItem::getText).toList();
				content.items(words.label("doc.backgroundKind." + kind.getName()), texts);
			}
		}
		return content.section(2, words.text("doc.section.background"));
	}

	private Optional<Section> goals() {
		List<List<String>> rows = new ArrayList<>();
		for (Goal goal : context.plan().getGoals()) {
			rows.add(List.of(title(goal), cell(goal.getSpecific()), measure(goal.getMeasure()),
					words.party(goal.getOwner()), relevance(goal), words.date(goal.getDue()),
					smart(goal)));
		}
		List<String> header = List.of(words.text("doc.col.goal"), words.text("doc.col.specific"),
				words.text("doc.col.measure"), words.text("doc.col.owner"), words.text("doc.col.relevance"),
				words.text("doc.col.due"), words.text("doc.col.smart"));
		return new SectionContent()
				.table(new Block.Table(words.text("doc.table.goals"), header, rows, null))
				.section(2, words.text("doc.section.goals"));
	}

	/** "5/5", or "4/5（待补：相关）" naming what the goal still lacks. */
	private String smart(Goal goal) {
		SmartAssessment.GoalScore score = context.facts().smart(goal);
		List<String> missing = score.missing().stream().map(quality -> words.text("doc.smart." + quality.name()))
				.toList();
		String value = Integer.toString(score.score());
		return missing.isEmpty() ? words.text("doc.smart.score", value)
				: words.text("doc.smart.scoreMissing", value, words.list(missing));
	}

	private String title(Goal goal) {
		String title = cell(goal.getTitle());
		if (SourceText.isWritten(goal, PlanPackage.Literals.GOAL__LEVEL)) {
			return words.text("doc.goal.withLevel", title, words.enumeration(goal.getLevel()));
		}
		return title;
	}

	private String measure(Measure measure) {
		if (measure == null) {
			return "";
		}
		String indicator = cell(measure.getIndicator());
		if (measure.getCriterion() != null) {
			return words.text("doc.measure.byCriterion", indicator, cell(measure.getCriterion().getTitle()));
		}
		if (measure.getTarget() == null) {
			return indicator;
		}
		return words.text("doc.measure.range", indicator, words.quantity(measure.getBaseline()),
				words.quantity(measure.getTarget()));
	}

	/** R of SMART: the background items the goal answers and the goals it supports. */
	private String relevance(Goal goal) {
		List<String> parts = new ArrayList<>();
		goal.getAddresses().stream().map(BackgroundItem::getText).map(SectionContent::cell).forEach(parts::add);
		goal.getSupports().stream()
				.map(supported -> words.text("doc.relevance.supports", cell(supported.getTitle())))
				.forEach(parts::add);
		return words.phrases(parts);
	}
}
