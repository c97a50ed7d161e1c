package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

import plan.dsl.benchmarks.SyntheticPlans;
import plan.dsl.facts.BudgetSummary;
import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Person;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;
import plan.dsl.validation.PlanIssueCodes;

/**
 * The synthetic plans the benchmarks measure are valid and look like real ones: no errors (only the few
 * {@code tracking.late} warnings a running plan has), n projects on a dependency graph with chains, n/10
 * persons with Chinese names, criteria of 100 %, budget items within the budget.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class BenchSyntheticPlansTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private ValidationTestHelper validator;

	@ParameterizedTest
	@ValueSource(ints = { 1, 100, 1000 })
	void validatesWithoutErrors(int projects) throws Exception {
		Plan plan = parser.parse(SyntheticPlans.generate(projects));
		List<Issue> issues = validator.validate(plan);
		List<Issue> unexpected = issues.stream()
				.filter(i -> i.getSeverity() == Severity.ERROR || !PlanIssueCodes.TRACKING_LATE.equals(i.getCode()))
				.toList();
		assertEquals(List.of(), unexpected.stream().limit(5).map(Issue::toString).toList());
		assertEquals(projects, plan.getProjects().size());
	}

	@Test
	void hasTheShapeOfARealPlan() throws Exception {
		Plan plan = parser.parse(SyntheticPlans.generate(1000));
		List<Person> persons = plan.getTeam().getParties().stream().filter(Person.class::isInstance)
				.map(Person.class::cast).toList();
		assertEquals(100, persons.size());
		Set<String> names = persons.stream().map(Person::getName).collect(Collectors.toSet());
		assertEquals(100, names.size());
		assertTrue(names.stream().allMatch(name -> name.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
				== Character.UnicodeScript.HAN)), names.toString());
		assertTrue(plan.getProjects().stream().map(Project::getTitle).allMatch(t -> t.matches(".*\\p{IsHan}.*")));

		Schedule schedule = new PlanFacts(plan, null).schedule();
		assertTrue(schedule.cycles().isEmpty());
		assertTrue(schedule.criticalChain().size() >= 4, "chains of dependent projects");
		long dependent = plan.getProjects().stream().filter(p -> !p.getAfter().isEmpty()).count();
		assertTrue(dependent > 300 && dependent < 900, dependent + " projects with after");

		BigDecimal weights = plan.getCriteria().getCriteria().stream().map(Criterion::getWeight)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, weights.compareTo(BigDecimal.valueOf(100)));
		BudgetSummary budget = new PlanFacts(plan, null).budget();
		assertTrue(budget.itemSum().compareTo(budget.total()) <= 0);
		assertTrue(budget.projectSum().compareTo(budget.total()) <= 0);
		assertTrue(plan.getSafeguards().getBudget().getItems().stream().map(BudgetItem::getAmount)
				.allMatch(amount -> amount.signum() > 0));
	}

	@Test
	void isTheSameTextEveryTime() {
		assertEquals(SyntheticPlans.generate(300), SyntheticPlans.generate(300));
	}
}
