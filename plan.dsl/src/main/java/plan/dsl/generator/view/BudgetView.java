package plan.dsl.generator.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money of a plan in its currency, as the derived facts sum it: the budget total, its items and their
 * sum, the projects' own budgets and their sum. Amounts in another currency are listed but not summed.
 */
public record BudgetView(String currency, BigDecimal total, List<Line> items, BigDecimal itemSum,
		BigDecimal difference, List<Line> projects, BigDecimal projectSum) {

	public boolean isEmpty() {
		return total == null && items.isEmpty() && projects.isEmpty();
	}

	/** One amount: a budget item or a project's budget. */
	public record Line(String label, BigDecimal amount, String currency) {
	}
}
