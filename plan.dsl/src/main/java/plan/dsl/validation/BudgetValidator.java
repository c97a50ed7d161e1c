package plan.dsl.validation;

import org.eclipse.xtext.validation.Check;

import plan.dsl.facts.BudgetSummary;
import plan.dsl.plan.Budget;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.PlanPackage.Literals;
import plan.dsl.plan.Project;

/**
 * Money adds up: budget items against the budget (over is an error, under is information, equal is
 * silent), the projects' budgets against the plan's, and one currency throughout. Sums come from
 * {@link BudgetSummary}; an amount in another currency is reported instead of being added in.
 */
public class BudgetValidator extends PlanCheckBase {

	@Check
	public void checkItemsAgainstBudget(Budget budget) {
		BudgetSummary summary = facts(budget).budget();
		if (summary.budget() != budget || !summary.hasTotal() || !summary.hasItems()) {
			return;
		}
		for (BudgetItem item : summary.mismatchedItems()) {
			error(text(item, "budget.currency-mismatch", ElementLabels.of(item), item.getCurrency(),
					summary.currency()), item, Literals.BUDGET_ITEM__CURRENCY, PlanIssueCodes.BUDGET_CURRENCY);
		}
		if (!summary.mismatchedItems().isEmpty()) {
			return;
		}
		int comparison = summary.itemSum().compareTo(summary.total());
		Object[] args = { summary.itemSum().toPlainString(), summary.total().toPlainString(), summary.currency(),
				summary.difference().abs().toPlainString() };
		if (comparison > 0) {
			error(text(budget, "budget.over", args), budget, Literals.BUDGET__TOTAL, PlanIssueCodes.BUDGET_OVER);
		} else if (comparison < 0) {
			info(text(budget, "budget.under", args), budget, Literals.BUDGET__TOTAL, PlanIssueCodes.BUDGET_UNDER);
		}
	}

	@Check
	public void checkProjectBudgetsFit(Budget budget) {
		BudgetSummary summary = facts(budget).budget();
		if (summary.budget() != budget || !summary.hasTotal() || summary.projectSum().compareTo(summary.total()) <= 0) {
			return;
		}
		String projects = ElementLabels.list(budget, summary.projectBudgets().keySet().stream()
				.filter(p -> !summary.mismatchedProjects().contains(p)).toList(), Project::getName);
		error(text(budget, "budget.project-over", projects, summary.projectSum().toPlainString(),
				summary.total().toPlainString(), summary.currency()), budget, Literals.BUDGET__TOTAL,
				PlanIssueCodes.BUDGET_PROJECT_OVER);
	}

	@Check
	public void checkProjectCurrency(Project project) {
		BudgetSummary summary = facts(project).budget();
		if (summary.mismatchedProjects().contains(project)) {
			error(text(project, "budget.currency-mismatch", ElementLabels.of(project),
					project.getBudget().getCurrency(), summary.currency()), project.getBudget(),
					Literals.MONEY__CURRENCY, PlanIssueCodes.BUDGET_CURRENCY);
		}
	}
}
