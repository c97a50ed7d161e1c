package plan.dsl.generator.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import plan.dsl.generator.render.Formats;
import plan.dsl.generator.render.Markup;
import plan.dsl.generator.view.BudgetView;
import plan.dsl.messages.PlanMessages;

/** The budget total, its items with their share of it, what is left or overspent, and project budgets. */
final class BudgetPanel {

	private BudgetPanel() {
	}

	static void render(Markup html, BudgetView budget, PlanMessages messages) {
		Sections.open(html, "budget", messages.get("dashboard.budget"));
		if (budget.isEmpty()) {
			Sections.none(html, messages.get("dashboard.none"));
			html.close();
			return;
		}
		String currency = budget.currency() == null ? "" : budget.currency();
		if (budget.total() != null) {
			html.open("div", "class", "total");
			html.element("small", messages.get("dashboard.budgetTotal"));
			html.element("strong", Formats.withUnit(budget.total(), currency), "data-amount",
					budget.total().toPlainString());
			html.close();
		}
		lines(html, budget.items(), budget.total(), messages.get("dashboard.budgetItems"), "items");
		if (!budget.items().isEmpty()) {
			sum(html, messages.get("dashboard.itemSum"), budget.itemSum(), currency);
		}
		if (budget.difference() != null && budget.difference().signum() != 0) {
			boolean over = budget.difference().signum() < 0;
			sum(html, messages.get(over ? "dashboard.overspent" : "dashboard.unallocated"), budget.difference().abs(),
					currency);
		}
		if (!budget.projects().isEmpty()) {
			lines(html, budget.projects(), budget.total(), messages.get("dashboard.projectBudgets"), "projects");
			sum(html, messages.get("dashboard.projectSum"), budget.projectSum(), currency);
		}
		html.close();
	}

	private static void lines(Markup html, List<BudgetView.Line> lines, BigDecimal total, String heading,
			String cssClass) {
		if (lines.isEmpty()) {
			return;
		}
		html.element("h3", heading);
		html.open("table", "class", "money " + cssClass).open("tbody");
		for (BudgetView.Line line : lines) {
			html.open("tr");
			html.element("td", line.label());
			html.element("td", Formats.withUnit(line.amount(), line.currency()), "class", "num");
			html.open("td", "class", "share");
			BigDecimal share = share(line.amount(), total);
			if (share != null) {
				html.open("div", "class", "hbar").open("span", "style", "width:" + Markup.num(share.min(BigDecimal.valueOf(100)).doubleValue()) + "%")
						.close().close();
				html.element("span", Formats.percent(share), "class", "pct");
			}
			html.close();
			html.close();
		}
		html.close().close();
	}

	private static void sum(Markup html, String label, BigDecimal amount, String currency) {
		html.open("div", "class", "sum").element("span", label).element("strong", Formats.withUnit(amount, currency))
				.close();
	}

	/** An amount as a percentage of the budget total, one decimal; {@code null} without a positive total. */
	private static BigDecimal share(BigDecimal amount, BigDecimal total) {
		if (amount == null || total == null || total.signum() <= 0) {
			return null;
		}
		return amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
	}
}
