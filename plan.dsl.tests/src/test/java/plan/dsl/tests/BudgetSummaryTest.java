package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import plan.dsl.facts.BudgetSummary;
import plan.dsl.facts.PlanFacts;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Project;

/** BudgetSummary: totals, sums, differences and currency consistency. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class BudgetSummaryTest extends TimelineTestSupport {

	private BudgetSummary summary(String body) {
		return new PlanFacts(parse(plan(body)), null).budget();
	}

	private static void assertAmount(String expected, BigDecimal actual) {
		assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " vs " + actual);
	}

	@Test
	void totalsItemSumDifferenceAndProjectSum() {
		BudgetSummary summary = summary("""
				    project A "a" { budget 30000 CNY }
				    project B "b" { }
				    project C "c" { budget 12500.50 CNY }
				    safeguards {
				        budget 80000 CNY {
				            item "奖品" 30000
				            item "宣传" 20000.25 CNY
				        }
				    }
				""");
		assertAmount("80000", summary.total());
		assertEquals("CNY", summary.currency());
		assertAmount("50000.25", summary.itemSum());
		assertAmount("29999.75", summary.difference());
		assertEquals(List.of("A", "C"), summary.projectBudgets().keySet().stream().map(Project::getName).toList());
		assertAmount("42500.50", summary.projectSum());
		assertTrue(summary.isCurrencyConsistent());
	}

	@Test
	void amountsInOtherCurrenciesAreListedNotAdded() {
		BudgetSummary summary = summary("""
				    project A "a" { budget 100 USD }
				    project B "b" { budget 300 cny }
				    safeguards {
				        budget 1000 CNY {
				            item "a" 400
				            item "b" 50 EUR
				        }
				    }
				""");
		assertAmount("400", summary.itemSum());
		assertAmount("300", summary.projectSum());
		assertEquals(List.of("b"), summary.mismatchedItems().stream().map(BudgetItem::getText).toList());
		assertEquals(List.of("A"), summary.mismatchedProjects().stream().map(Project::getName).toList());
		assertFalse(summary.isCurrencyConsistent());
	}

	@Test
	void withoutAPlanBudgetProjectsAreSummedInTheFirstOnesCurrency() {
		BudgetSummary summary = summary("""
				    project A "a" { budget 100 USD }
				    project B "b" { budget 250 USD }
				""");
		assertFalse(summary.hasTotal());
		assertFalse(summary.hasItems());
		assertNull(summary.difference());
		assertEquals("USD", summary.currency());
		assertAmount("350", summary.projectSum());
	}

	@Test
	void planWithoutMoneyHasEmptySums() {
		BudgetSummary summary = summary("");
		assertNull(summary.budget());
		assertNull(summary.total());
		assertNull(summary.currency());
		assertAmount("0", summary.itemSum());
		assertAmount("0", summary.projectSum());
		assertTrue(summary.isCurrencyConsistent());
	}
}
