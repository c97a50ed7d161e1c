package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import plan.dsl.facts.BudgetSummary;
import plan.dsl.plan.Budget;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Money;
import plan.dsl.plan.Project;
import plan.dsl.plan.Safeguards;

/**
 * 保障措施: 组织保障, 人员保障, 经费保障 (budget items and project budgets with the totals of
 * {@link BudgetSummary}), 物资保障.
 */
final class SafeguardsSection {

	private final DocumentContext context;
	private final Wording words;

	SafeguardsSection(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		Safeguards safeguards = context.plan().getSafeguards();
		SectionContent content = new SectionContent();
		if (safeguards != null) {
			content.subsection(text("doc.section.safeguards.organization", safeguards.getOrganization()))
					.subsection(text("doc.section.safeguards.personnel", safeguards.getPersonnel()));
		}
		content.subsection(budget());
		if (safeguards != null) {
			content.subsection(text("doc.section.safeguards.materials", safeguards.getMaterials()));
		}
		return content.section(2, words.text("doc.section.safeguards"));
	}

	private Optional<Section> text(String titleKey, String text) {
		return new SectionContent().paragraph(text).section(3, words.text(titleKey));
	}

	/** Project budgets count even without a plan budget: they are money the plan asks for. */
	private Optional<Section> budget() {
		BudgetSummary summary = context.facts().budget();
		String currency = summary.currency();
		SectionContent content = new SectionContent();
		Budget budget = summary.budget();
		if (budget != null) {
			content.field(words.label("doc.label.budget"), money(budget.getTotal()));
			List<List<String>> rows = new ArrayList<>();
			for (BudgetItem item : budget.getItems()) {
				String itemCurrency = item.getCurrency() != null ? item.getCurrency() : currency;
				rows.add(List.of(cell(item.getText()), words.money(item.getAmount(), itemCurrency)));
			}
			List<String> total = List.of(totalLabel(summary.mismatchedItems().isEmpty()),
					words.money(summary.itemSum(), currency));
			content.table(new Block.Table(words.text("doc.table.budget"), header("doc.col.item"), rows,
					summary.hasItems() ? total : null));
			difference(summary, content);
		}
		List<List<String>> projectRows = new ArrayList<>();
		for (Map.Entry<Project, Money> entry : summary.projectBudgets().entrySet()) {
			projectRows.add(List.of(cell(entry.getKey().getTitle()), money(entry.getValue())));
		}
		List<String> projectTotal = List.of(totalLabel(summary.mismatchedProjects().isEmpty()),
				words.money(summary.projectSum(), currency));
		content.table(new Block.Table(words.text("doc.table.projectBudgets"), header("doc.col.project"), projectRows,
				projectTotal));
		return content.section(3, words.text("doc.section.safeguards.budget"));
	}

	/** What the items leave unallocated, or by how much they overspend; nothing when they use it exactly. */
	private void difference(BudgetSummary summary, SectionContent content) {
		BigDecimal difference = summary.difference();
		if (difference == null || !summary.hasItems() || difference.signum() == 0) {
			return;
		}
		String label = difference.signum() > 0 ? "doc.label.budgetDifference" : "doc.label.budgetOverspent";
		content.field(words.label(label), words.money(difference.abs(), summary.currency()));
	}

	/** A sum that leaves out amounts in another currency says so, so nobody reads it as the whole. */
	private String totalLabel(boolean complete) {
		return words.text(complete ? "doc.total" : "doc.total.sameCurrency");
	}

	private List<String> header(String firstColumnKey) {
		return List.of(words.text(firstColumnKey), words.text("doc.col.amount"));
	}

	private String money(Money money) {
		return money == null ? "" : words.money(money.getAmount(), money.getCurrency());
	}
}
