package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static plan.dsl.validation.PlanIssueCodes.BUDGET_CURRENCY;
import static plan.dsl.validation.PlanIssueCodes.BUDGET_OVER;
import static plan.dsl.validation.PlanIssueCodes.BUDGET_PROJECT_OVER;
import static plan.dsl.validation.PlanIssueCodes.BUDGET_UNDER;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BudgetValidator: items against the budget, project budgets against the plan's, one currency. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class BudgetValidatorTest extends TimelineTestSupport {

	private static String budget(String items) {
		return plan("""
				    safeguards {
				        budget 10000 CNY {
				%s
				        }
				    }
				""".formatted(items));
	}

	@Test
	void itemsOverTheBudgetAreAnErrorOnTheBudgetLine() {
		String src = budget("""
				            item "奖品" 8000
				            item "宣传" 5000
				""");
		Issue issue = assertIssue(validate(src), BUDGET_OVER, Severity.ERROR, line(src, "budget 10000"));
		assertTrue(issue.getMessage().contains("13000 CNY") && issue.getMessage().contains("3000 CNY"),
				issue.getMessage());
	}

	@Test
	void itemsUnderTheBudgetAreInformation() {
		String src = budget("""
				            item "奖品" 8000
				""");
		List<Issue> issues = validate(src);
		assertIssue(issues, BUDGET_UNDER, Severity.INFO, line(src, "budget 10000"));
		assertNoIssue(issues, BUDGET_OVER);
	}

	@Test
	void itemsEqualToTheBudgetAreSilent() {
		String src = budget("""
				            item "奖品" 8000
				            item "宣传" 2000.00 CNY
				""");
		List<Issue> issues = validate(src);
		assertNoIssue(issues, BUDGET_OVER);
		assertNoIssue(issues, BUDGET_UNDER);
	}

	@Test
	void itemInAnotherCurrencyIsAnErrorAndNotSummed() {
		String src = budget("""
				            item "奖品" 8000
				            item "travel" 5000 USD
				""");
		List<Issue> issues = validate(src);
		assertIssue(issues, BUDGET_CURRENCY, Severity.ERROR, line(src, "USD"));
		assertNoIssue(issues, BUDGET_OVER);
		assertNoIssue(issues, BUDGET_UNDER);
	}

	@Test
	void projectBudgetsOverThePlanBudgetAreAnError() {
		String src = plan("""
				    project A "a" { budget 6000 CNY }
				    project B "b" { budget 5000 CNY }
				    safeguards {
				        budget 10000 CNY
				    }
				""");
		Issue issue = assertIssue(validate(src), BUDGET_PROJECT_OVER, Severity.ERROR, line(src, "budget 10000"));
		assertTrue(issue.getMessage().contains("A、B") && issue.getMessage().contains("11000 CNY"), issue.getMessage());
	}

	@Test
	void projectBudgetsWithinThePlanBudgetAreFine() {
		String src = plan("""
				    project A "a" { budget 6000 CNY }
				    project B "b" { budget 4000 CNY }
				    safeguards {
				        budget 10000 CNY
				    }
				""");
		assertNoIssue(validate(src), BUDGET_PROJECT_OVER);
	}

	@Test
	void projectBudgetInAnotherCurrencyIsAnErrorOnItsLine() {
		String src = plan("""
				    project A "a" {
				        budget 6000 USD
				    }
				    safeguards {
				        budget 10000 CNY
				    }
				""");
		List<Issue> issues = validate(src);
		assertIssue(issues, BUDGET_CURRENCY, Severity.ERROR, line(src, "6000 USD"));
		assertNoIssue(issues, BUDGET_PROJECT_OVER);
	}
}
