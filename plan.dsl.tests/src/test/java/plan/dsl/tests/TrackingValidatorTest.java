package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static plan.dsl.validation.PlanIssueCodes.TRACKING_LATE;
import static plan.dsl.validation.PlanIssueCodes.TRACKING_OUTSIDE_PERIOD;
import static plan.dsl.validation.PlanIssueCodes.TRACKING_PROGRESS_RANGE;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** TrackingValidator: progress 0–100 %, entries inside the period, late projects once the plan runs. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class TrackingValidatorTest extends TimelineTestSupport {

	private static final String PROJECT = """
			    project A "a" {
			        from 2026-03-01 to 2026-05-31
			    }
			""";

	@Test
	void progressOverHundredIsAnError() {
		String src = plan(PROJECT + """
				    tracking {
				        update on 2026-04-01 A progress 120 %
				    }
				""");
		Issue issue = assertIssue(validate(src), TRACKING_PROGRESS_RANGE, Severity.ERROR, line(src, "120 %"));
		assertTrue(issue.getMessage().contains("120 %") && issue.getMessage().contains("A"), issue.getMessage());
	}

	@Test
	void progressOfZeroAndHundredIsInRange() {
		String src = plan(PROJECT + """
				    tracking {
				        update on 2026-04-01 A progress 0 %
				        update on 2026-05-01 A progress 100%
				    }
				""");
		assertNoIssue(validate(src), TRACKING_PROGRESS_RANGE);
	}

	@Test
	void updateAndAdjustmentOutsideThePeriodAreErrors() {
		String src = plan(PROJECT + """
				    tracking {
				        update on 2027-01-05 A progress 100 %
				        adjust on 2025-12-20 "moved the kick-off"
				    }
				""");
		var issues = validate(src);
		assertIssue(issues, TRACKING_OUTSIDE_PERIOD, Severity.ERROR, line(src, "2027-01-05"));
		assertIssue(issues, TRACKING_OUTSIDE_PERIOD, Severity.ERROR, line(src, "2025-12-20"));
	}

	@Test
	void entriesOnTheBoundariesOfThePeriodAreInside() {
		String src = plan(PROJECT + """
				    tracking {
				        update on 2026-01-01 A progress 0 %
				        adjust on 2026-12-31 "final review"
				    }
				""");
		assertNoIssue(validate(src), TRACKING_OUTSIDE_PERIOD);
	}

	@Test
	void runningPlanWarnsAboutProjectPastItsEndUnderHundred() {
		String src = plan("    status running\n    asof 2026-06-15", PROJECT + """
				    tracking {
				        update on 2026-05-20 A progress 40 %
				        update on 2026-06-20 A progress 100 %
				    }
				""");
		Issue issue = assertIssue(validate(src), TRACKING_LATE, Severity.WARNING, line(src, "project A"));
		// the update after asof does not count yet
		assertTrue(issue.getMessage().contains("40 %") && issue.getMessage().contains("2026-05-31"),
				issue.getMessage());
	}

	@Test
	void projectWithoutAnyUpdateIsLateToo() {
		String src = plan("    status closed\n    asof 2026-06-15\n    language en", PROJECT);
		Issue issue = assertIssue(validate(src), TRACKING_LATE, Severity.WARNING, line(src, "project A"));
		assertTrue(issue.getMessage().startsWith("Project A ended on 2026-05-31 and has no progress"),
				issue.getMessage());
	}

	@Test
	void noLatenessBeforeThePlanRuns() {
		String src = plan("    status approved\n    asof 2026-06-15", PROJECT);
		assertNoIssue(validate(src), TRACKING_LATE);
	}

	@Test
	void completeOrDoneOrStillRunningProjectsAreNotLate() {
		String src = plan("    status running\n    asof 2026-05-31", """
				    project A "a" { from 2026-03-01 to 2026-05-31 }
				    project B "b" { from 2026-03-01 to 2026-04-30 status done }
				    project C "c" { from 2026-03-01 to 2026-04-30 }
				    project D "d" { from 2026-03-01 to 2026-04-30 status cancelled }
				    tracking {
				        update on 2026-05-01 C progress 100 %
				    }
				""");
		assertNoIssue(validate(src), TRACKING_LATE);
	}
}
