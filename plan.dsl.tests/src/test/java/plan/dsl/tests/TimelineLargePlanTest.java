package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/**
 * A plan of 2,000 projects each coming after the previous one: a quadratic check or a recursive graph
 * walk would make this crawl or overflow the stack. No wall time is asserted (shared CI machines vary).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class TimelineLargePlanTest extends TimelineTestSupport {

	private static final int PROJECTS = 2000;
	private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

	/** One-day projects on consecutive days, each after the previous; optionally the first after the last. */
	private static String chain(boolean closeTheLoop) {
		StringBuilder source = new StringBuilder("""
				plan Big "2000 projects" {
				    kind project
				    period from 2020-01-01 to 2030-12-31
				    status draft
				    asof 2020-01-01
				""");
		for (int i = 0; i < PROJECTS; i++) {
			LocalDate day = FIRST.plusDays(i);
			source.append("    project P").append(i).append(" \"p\" { from ").append(day).append(" to ").append(day);
			if (i > 0) {
				source.append(" after P").append(i - 1);
			} else if (closeTheLoop) {
				source.append(" after P").append(PROJECTS - 1);
			}
			source.append(" }\n");
		}
		return source.append("    approval { round 1 on 2019-12-01 by \"board\" decision approved }\n}\n").toString();
	}

	@Test
	void longChainValidatesWithoutErrors() {
		String src = chain(false);
		Plan plan = parse(src);
		List<Issue> issues = validate(src);
		assertTrue(issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), describe(issues));
		Schedule schedule = new PlanFacts(plan, null).schedule();
		assertEquals(PROJECTS, schedule.criticalChain().size());
		assertEquals(PROJECTS, schedule.criticalChainDays());
		assertTrue(schedule.cycles().isEmpty());
	}

	@Test
	void longLoopIsOneCycleReportedOnEveryReference() {
		String src = chain(true);
		List<Issue> issues = validate(src);
		assertEquals(PROJECTS, count(issues, PlanIssueCodes.DEPENDENCY_CYCLE));
		assertTrue(issues.stream().filter(i -> PlanIssueCodes.DEPENDENCY_CYCLE.equals(i.getCode())).findFirst()
				.orElseThrow().getMessage().contains("、… (2000)"));
		assertEquals(1, new PlanFacts(parse(src), null).schedule().cycles().size());
	}
}
