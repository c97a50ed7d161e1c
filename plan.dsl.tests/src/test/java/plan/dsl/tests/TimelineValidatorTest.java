package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plan.dsl.validation.PlanIssueCodes.DATE_INVALID;
import static plan.dsl.validation.PlanIssueCodes.DEPENDENCY_CYCLE;
import static plan.dsl.validation.PlanIssueCodes.DEPENDENCY_ORDER;
import static plan.dsl.validation.PlanIssueCodes.MILESTONE_OUTSIDE_PHASE;
import static plan.dsl.validation.PlanIssueCodes.PERIOD_INVERTED;
import static plan.dsl.validation.PlanIssueCodes.PHASE_ORDER;
import static plan.dsl.validation.PlanIssueCodes.PHASE_OUTSIDE_PERIOD;
import static plan.dsl.validation.PlanIssueCodes.PHASE_OVERLAP;
import static plan.dsl.validation.PlanIssueCodes.PROJECT_OUTSIDE_PERIOD;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** TimelineValidator: real dates, ranges running forward, phases, milestones, projects, dependencies. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class TimelineValidatorTest extends TimelineTestSupport {

	// ---------------------------------------------------------------- date.invalid

	@Test
	void impossibleDayIsAnErrorOnItsLineNamingTheElement() {
		String src = plan("""
				    phase P1 "a" from 2026-02-01 to 2026-02-30
				""");
		Issue issue = assertIssue(validate(src), DATE_INVALID, Severity.ERROR, line(src, "2026-02-30"));
		assertTrue(issue.getMessage().contains("阶段 P1") && issue.getMessage().contains("2026-02-30"),
				issue.getMessage());
	}

	@Test
	void impossibleDayIsFoundInEveryDateFeature() {
		String src = plan("    asof 2026-13-01", """
				    goal G "g" { due 2026-04-31 }
				    phase P1 "a" from 2026-02-01 to 2026-02-28 { milestone M "m" on 2026-02-29 }
				    project A "a" { from 2026-06-31 to 2026-07-01 }
				    approval { round 1 on 2025-11-31 by "board" decision approved }
				    tracking { update on 2026-09-31 A progress 10 %
				               adjust on 2026-00-10 "later" }
				""");
		List<Issue> issues = validate(src);
		for (String day : List.of("2026-13-01", "2026-04-31", "2026-02-29", "2026-06-31", "2025-11-31", "2026-09-31",
				"2026-00-10")) {
			assertIssue(issues, DATE_INVALID, Severity.ERROR, line(src, day));
		}
		assertEquals(7, count(issues, DATE_INVALID), describe(issues));
	}

	@Test
	void realDaysIncludingLeapDayAreAccepted() {
		String src = """
				plan T "t" {
				    period from 2028-01-01 to 2028-12-31
				    phase P1 "a" from 2028-02-01 to 2028-02-29
				}
				""";
		assertNoIssue(validate(src), DATE_INVALID);
	}

	// ---------------------------------------------------------------- period.inverted

	@Test
	void invertedRangeIsAnErrorWhereverItIsWritten() {
		String src = """
				plan T "t" {
				    language en
				    period from 2026-12-31 to 2026-01-01
				    phase P1 "a" from 2026-03-31 to 2026-03-01
				    project A "a" {
				        from 2026-06-01 to 2026-05-01
				    }
				    team { person X "x" }
				    publicity {
				        stage "s" from 2026-05-02 to 2026-05-01 via web owner X "c"
				    }
				}
				""";
		List<Issue> issues = validate(src);
		Issue period = assertIssue(issues, PERIOD_INVERTED, Severity.ERROR, line(src, "period from"));
		assertTrue(period.getMessage().startsWith("the plan period: the start 2026-12-31 is after the end 2026-01-01"),
				period.getMessage());
		assertIssue(issues, PERIOD_INVERTED, Severity.ERROR, line(src, "phase P1"));
		assertIssue(issues, PERIOD_INVERTED, Severity.ERROR, line(src, "from 2026-06-01"));
		assertIssue(issues, PERIOD_INVERTED, Severity.ERROR, line(src, "stage \"s\""));
		assertEquals(4, count(issues, PERIOD_INVERTED));
	}

	@Test
	void singleDayRangeIsNotInverted() {
		String src = plan("""
				    project A "a" { from 2026-05-01 to 2026-05-01 }
				""");
		assertNoIssue(validate(src), PERIOD_INVERTED);
	}

	// ---------------------------------------------------------------- phases

	@Test
	void phaseReachingOutOfThePeriodIsAnError() {
		String src = plan("""
				    phase P1 "a" from 2026-11-01 to 2027-01-15
				""");
		Issue issue = assertIssue(validate(src), PHASE_OUTSIDE_PERIOD, Severity.ERROR, line(src, "phase P1"));
		assertTrue(issue.getMessage().contains("P1"), issue.getMessage());
	}

	@Test
	void phaseFillingThePeriodExactlyIsInside() {
		String src = plan("""
				    phase P1 "a" from 2026-01-01 to 2026-12-31
				""");
		assertNoIssue(validate(src), PHASE_OUTSIDE_PERIOD);
	}

	@Test
	void overlappingPhasesAreAWarningOnTheLaterOne() {
		String src = plan("""
				    phase P1 "a" from 2026-01-01 to 2026-04-30
				    phase P2 "b" from 2026-04-30 to 2026-06-30
				""");
		List<Issue> issues = validate(src);
		Issue issue = assertIssue(issues, PHASE_OVERLAP, Severity.WARNING, line(src, "phase P2"));
		assertTrue(issue.getMessage().contains("P1"), issue.getMessage());
		assertEquals(1, count(issues, PHASE_OVERLAP));
	}

	@Test
	void phaseInsideAnEarlierLongPhaseOverlapsIt() {
		String src = plan("""
				    phase P1 "a" from 2026-01-01 to 2026-12-31
				    phase P2 "b" from 2026-02-01 to 2026-02-28
				    phase P3 "c" from 2026-03-01 to 2026-03-31
				""");
		List<Issue> issues = validate(src);
		assertIssue(issues, PHASE_OVERLAP, Severity.WARNING, line(src, "phase P2"));
		assertIssue(issues, PHASE_OVERLAP, Severity.WARNING, line(src, "phase P3"));
	}

	@Test
	void adjacentPhasesDoNotOverlap() {
		String src = plan("""
				    phase P1 "a" from 2026-01-01 to 2026-04-30
				    phase P2 "b" from 2026-05-01 to 2026-06-30
				""");
		assertNoIssue(validate(src), PHASE_OVERLAP);
	}

	@Test
	void phaseWrittenBeforeAnEarlierOneIsOutOfOrder() {
		String src = plan("""
				    phase P1 "a" from 2026-01-01 to 2026-03-31
				    phase P3 "c" from 2026-10-01 to 2026-12-31
				    phase P2 "b" from 2026-04-01 to 2026-09-30
				""");
		List<Issue> issues = validate(src);
		Issue issue = assertIssue(issues, PHASE_ORDER, Severity.ERROR, line(src, "phase P2"));
		assertTrue(issue.getMessage().contains("P3"), issue.getMessage());
		assertEquals(1, count(issues, PHASE_ORDER));
	}

	@Test
	void phasesInChronologicalOrderAreFine() {
		String src = plan("""
				    phase P1 "a" from 2026-01-01 to 2026-03-31
				    phase P2 "b" from 2026-04-01 to 2026-09-30
				""");
		assertNoIssue(validate(src), PHASE_ORDER);
	}

	@Test
	void milestoneAfterItsPhaseIsAnErrorOnItsLine() {
		String src = plan("""
				    phase P1 "a" from 2026-03-01 to 2026-04-30 {
				        milestone M1 "kick-off" on 2026-05-10
				    }
				""");
		assertIssue(validate(src), MILESTONE_OUTSIDE_PHASE, Severity.ERROR, line(src, "milestone M1"));
	}

	@Test
	void milestoneOnTheLastDayOfItsPhaseIsInside() {
		String src = plan("""
				    phase P1 "a" from 2026-03-01 to 2026-04-30 {
				        milestone M1 "kick-off" on 2026-04-30
				    }
				""");
		assertNoIssue(validate(src), MILESTONE_OUTSIDE_PHASE);
	}

	// ---------------------------------------------------------------- projects

	@Test
	void projectStartingBeforeThePeriodIsAnError() {
		String src = plan("""
				    project A "a" {
				        from 2025-12-01 to 2026-01-31
				    }
				""");
		assertIssue(validate(src), PROJECT_OUTSIDE_PERIOD, Severity.ERROR, line(src, "from 2025-12-01"));
	}

	@Test
	void projectInsideThePeriodOrDuringAPhaseIsFine() {
		String src = plan("""
				    phase P1 "a" from 2026-11-01 to 2027-01-31
				    project A "a" { from 2026-02-01 to 2026-03-31 }
				    project B "b" { during P1 }
				""");
		List<Issue> issues = validate(src);
		assertNoIssue(issues, PROJECT_OUTSIDE_PERIOD);
		// the phase itself carries the error, once
		assertEquals(1, count(issues, PHASE_OUTSIDE_PERIOD));
	}

	// ---------------------------------------------------------------- dependencies

	@Test
	void dependencyCycleIsReportedOnEveryAfterReferenceOfTheLoop() {
		String src = plan("""
				    project A1 "a" {
				        after A3
				    }
				    project A2 "b" {
				        after A1
				    }
				    project A3 "c" {
				        after A2
				    }
				    project B "d" {
				        after A1
				    }
				""");
		List<Issue> issues = validate(src);
		assertIssue(issues, DEPENDENCY_CYCLE, Severity.ERROR, line(src, "after A3"));
		assertIssue(issues, DEPENDENCY_CYCLE, Severity.ERROR, line(src, "after A2"));
		Issue onA2 = issues.stream().filter(i -> DEPENDENCY_CYCLE.equals(i.getCode()))
				.filter(i -> i.getMessage().startsWith("项目 A2")).findFirst().orElseThrow();
		assertTrue(onA2.getMessage().contains("A1、A2、A3"), onA2.getMessage());
		// B depends on the loop but is not part of it
		assertEquals(3, count(issues, DEPENDENCY_CYCLE), describe(issues));
	}

	@Test
	void projectAfterItselfIsACycle() {
		String src = plan("""
				    project A "a" {
				        after A
				    }
				""");
		assertIssue(validate(src), DEPENDENCY_CYCLE, Severity.ERROR, line(src, "after A"));
	}

	@Test
	void diamondOfDependenciesIsNoCycle() {
		String src = plan("""
				    project A "a" { }
				    project B "b" { after A }
				    project C "c" { after A }
				    project D "d" { after B, C }
				""");
		assertNoIssue(validate(src), DEPENDENCY_CYCLE);
	}

	@Test
	void startingOnTheDayTheDependencyEndsBreaksTheOrder() {
		String src = plan("""
				    phase P1 "a" from 2026-03-01 to 2026-04-30
				    project A "a" { during P1 }
				    project B "b" {
				        from 2026-04-30 to 2026-06-30
				        after A
				    }
				""");
		Issue issue = assertIssue(validate(src), DEPENDENCY_ORDER, Severity.ERROR, line(src, "after A"));
		assertTrue(issue.getMessage().contains("2026-04-30") && issue.getMessage().contains("项目 B"),
				issue.getMessage());
	}

	@Test
	void startingTheDayAfterTheDependencyEndsIsInOrder() {
		String src = plan("""
				    project A "a" { from 2026-03-01 to 2026-04-30 }
				    project B "b" {
				        from 2026-05-01 to 2026-06-30
				        after A
				    }
				""");
		assertNoIssue(validate(src), DEPENDENCY_ORDER);
	}

	@Test
	void projectsOnACycleGetNoOrderErrorOnTop() {
		String src = plan("""
				    project A "a" { from 2026-03-01 to 2026-04-30 after B }
				    project B "b" { from 2026-03-01 to 2026-04-30 after A }
				""");
		List<Issue> issues = validate(src);
		assertEquals(2, count(issues, DEPENDENCY_CYCLE));
		assertNoIssue(issues, DEPENDENCY_ORDER);
	}

	@Test
	void englishPlanGetsEnglishMessages() {
		String src = plan("    language en", """
				    project A "a" { after A }
				""");
		Issue issue = assertIssue(validate(src), DEPENDENCY_CYCLE, Severity.ERROR, line(src, "after A"));
		assertTrue(issue.getMessage().startsWith("Project A comes after A"), issue.getMessage());
	}
}
