package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import plan.dsl.facts.SourceText;
import plan.dsl.plan.Criteria;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.PlanPackage;

/** 评选标准与办法: the criteria with their weights and total, then cycle, procedure and judges. */
final class CriteriaSection {

	private final DocumentContext context;
	private final Wording words;

	CriteriaSection(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		Criteria criteria = context.plan().getCriteria();
		if (criteria == null) {
			return Optional.empty();
		}
		List<List<String>> rows = new ArrayList<>();
		for (Criterion criterion : criteria.getCriteria()) {
			String kind = words.text(criterion.isQuantitative() ? "doc.criterion.quantitative" : "doc.criterion.qualitative");
			rows.add(List.of(cell(criterion.getTitle()), words.percent(criterion.getWeight()), kind, target(criterion)));
		}
		List<String> header = List.of(words.text("doc.col.criterion"), words.text("doc.col.weight"),
				words.text("doc.col.kind"), words.text("doc.col.targetOrDescription"));
		List<String> total = List.of(words.text("doc.total"), words.percent(weightTotal(criteria)), "", "");
		String cycle = SourceText.isWritten(criteria, PlanPackage.Literals.CRITERIA__CYCLE)
				? words.enumeration(criteria.getCycle()) : "";
		return new SectionContent()
				.table(new Block.Table(words.text("doc.table.criteria"), header, rows, rows.isEmpty() ? null : total))
				.field(words.label("doc.label.cycle"), cycle)
				.field(words.label("doc.label.procedure"),
						String.join(words.text("doc.procedure.separator"), criteria.getProcedure()))
				.field(words.label("doc.label.judges"), criteria.getJudges())
				.section(2, words.text("doc.section.criteria"));
	}

	/** "≥ 40%" for a quantitative criterion, the description for a qualitative one. */
	private String target(Criterion criterion) {
		if (!criterion.isQuantitative()) {
			return cell(criterion.getDescription());
		}
		if (criterion.getTarget() == null) {
			return "";
		}
		return words.enumeration(criterion.getComparison()) + " " + words.quantity(criterion.getTarget());
	}

	/**
	 * The total row of the weight column, shown as written so a reader sees at once whether it is 100 %;
	 * the criteria.weights-sum check judges it.
	 */
	private static BigDecimal weightTotal(Criteria criteria) {
		return criteria.getCriteria().stream().map(Criterion::getWeight).filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
