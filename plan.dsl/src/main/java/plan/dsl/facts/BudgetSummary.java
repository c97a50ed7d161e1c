package plan.dsl.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.dsl.plan.Budget;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Money;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/**
 * The money of a plan: the budget in {@code safeguards}, the sum of its items, the projects' own budgets
 * and their sum. Amounts in another currency than the plan's are never added in (there is no exchange
 * rate); they are listed as mismatched instead. An item without a currency is in the budget's currency.
 */
public final class BudgetSummary {

	private final Budget budget;
	private final String currency;
	private BigDecimal itemSum = BigDecimal.ZERO;
	private final List<BudgetItem> mismatchedItems = new ArrayList<>();
	private final Map<Project, Money> projectBudgets = new LinkedHashMap<>();
	private BigDecimal projectSum = BigDecimal.ZERO;
	private final Set<Project> mismatchedProjects = new LinkedHashSet<>();

	BudgetSummary(Plan plan) {
		budget = plan.getSafeguards() == null ? null : plan.getSafeguards().getBudget();
		Money total = budget == null ? null : budget.getTotal();
		String planCurrency = total == null ? null : total.getCurrency();
		if (budget != null) {
			for (BudgetItem item : budget.getItems()) {
				if (item.getCurrency() != null && !sameCurrency(item.getCurrency(), planCurrency)) {
					mismatchedItems.add(item);
				} else if (item.getAmount() != null) {
					itemSum = itemSum.add(item.getAmount());
				}
			}
		}
		for (Project project : plan.getProjects()) {
			Money money = project.getBudget();
			if (money == null || money.getAmount() == null) {
				continue;
			}
			projectBudgets.put(project, money);
			// without a plan budget the first project's currency is the one the others are summed in
			if (planCurrency == null) {
				planCurrency = money.getCurrency();
			}
			if (sameCurrency(money.getCurrency(), planCurrency)) {
				projectSum = projectSum.add(money.getAmount());
			} else {
				mismatchedProjects.add(project);
			}
		}
		currency = planCurrency;
	}

	private static boolean sameCurrency(String a, String b) {
		return a != null && a.equalsIgnoreCase(b);
	}

	/** The {@code budget} element of {@code safeguards}, or {@code null}. */
	public Budget budget() {
		return budget;
	}

	public boolean hasTotal() {
		return total() != null;
	}

	/** The plan's budget amount, or {@code null} when none is written. */
	public BigDecimal total() {
		return budget == null || budget.getTotal() == null ? null : budget.getTotal().getAmount();
	}

	/** The currency sums are in: the plan budget's, else the first project budget's; {@code null} if none. */
	public String currency() {
		return currency;
	}

	public boolean hasItems() {
		return budget != null && !budget.getItems().isEmpty();
	}

	/** Sum of the items in the plan's currency. */
	public BigDecimal itemSum() {
		return itemSum;
	}

	/** Budget minus item sum: negative when the items overspend; {@code null} without a total. */
	public BigDecimal difference() {
		return hasTotal() ? total().subtract(itemSum) : null;
	}

	/** Items written in another currency than the budget's, left out of {@link #itemSum()}. */
	public List<BudgetItem> mismatchedItems() {
		return Collections.unmodifiableList(mismatchedItems);
	}

	/** Every project that has a budget, in written order. */
	public Map<Project, Money> projectBudgets() {
		return Collections.unmodifiableMap(projectBudgets);
	}

	/** Sum of the project budgets in {@link #currency()}. */
	public BigDecimal projectSum() {
		return projectSum;
	}

	/** Projects whose budget is in another currency, left out of {@link #projectSum()}; written order. */
	public Set<Project> mismatchedProjects() {
		return Collections.unmodifiableSet(mismatchedProjects);
	}

	/** Whether every amount is in one currency, so all sums are complete. */
	public boolean isCurrencyConsistent() {
		return mismatchedItems.isEmpty() && mismatchedProjects.isEmpty();
	}
}
