package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plan.dsl.plan.Budget;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Money;
import plan.dsl.plan.Project;
import plan.dsl.plan.Safeguards;

/** 保障措施: 组织保障, 人员保障, 经费保障 (budget items and project budgets with totals), 物资保障. */
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
		content.subsection(budget(safeguards == null ? null : safeguards.getBudget()));
		if (safeguards != null) {
			content.subsection(text("doc.section.safeguards.materials", safeguards.getMaterials()));
		}
		return content.section(2, words.text("doc.section.safeguards"));
	}

	private Optional<Section> text(String titleKey, String text) {
		return new SectionContent().paragraph(text).section(3, words.text(titleKey));
	}

	/** Project budgets count even without a plan budget: they are money the plan asks for. */
	private Optional<Section> budget(Budget budget) {
		SectionContent content = new SectionContent();
		String currency = budget != null && budget.getTotal() != null ? budget.getTotal().getCurrency() : null;
		if (budget != null) {
			content.field(words.label("doc.label.budget"), money(budget.getTotal()));
			List<List<String>> rows = new ArrayList<>();
			for (BudgetItem item : budget.getItems()) {
				String itemCurrency = item.getCurrency() != null ? item.getCurrency() : currency;
				rows.add(List.of(cell(item.getText()), words.money(item.getAmount(), itemCurrency)));
			}
			List<String> total = context.facts().budgetItemSum()
					.map(sum -> List.of(words.text("doc.total"), words.money(sum, currency))).orElse(null);
			content.table(new Block.Table(words.text("doc.table.budget"), header("doc.col.item"), rows, total));
		}
		List<List<String>> projectRows = new ArrayList<>();
		for (Project project : context.plan().getProjects()) {
			if (project.getBudget() != null) {
				projectRows.add(List.of(cell(project.getTitle()), money(project.getBudget())));
			}
		}
		List<String> projectTotal = context.facts().projectBudgetSum()
				.map(sum -> List.of(words.text("doc.total"), words.money(sum, currency))).orElse(null);
		content.table(new Block.Table(words.text("doc.table.projectBudgets"), header("doc.col.project"), projectRows,
				projectTotal));
		return content.section(3, words.text("doc.section.safeguards.budget"));
	}

	private List<String> header(String firstColumnKey) {
		return List.of(words.text(firstColumnKey), words.text("doc.col.amount"));
	}

	private String money(Money money) {
		return money == null ? "" : words.money(money.getAmount(), money.getCurrency());
	}
}
