package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/** Schedule: effective dates, the after-graph's cycles and critical chain, progress and lateness. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class ScheduleTest extends TimelineTestSupport {

	private static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

	private Schedule schedule(String body) {
		return new PlanFacts(parse(plan(body)), AS_OF).schedule();
	}

	private static Project project(Plan plan, String name) {
		return plan.getProjects().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> names(List<Project> projects) {
		return projects.stream().map(Project::getName).toList();
	}

	@Test
	void effectiveDatesComeFromThePhaseOrTheProjectsOwnRange() {
		Plan plan = parse(plan("""
				    phase P2 "b" from 2026-04-01 to 2026-10-31
				    project A "a" { during P2 }
				    project B "b" { from 2026-05-01 to 2026-05-20 }
				    project C "c" { during P2 from 2026-06-01 to 2026-06-30 }
				"""));
		Schedule schedule = new PlanFacts(plan, AS_OF).schedule();
		assertEquals(new Span(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 31)),
				schedule.span(project(plan, "A")));
		assertEquals(LocalDate.of(2026, 5, 1), schedule.start(project(plan, "B")));
		assertEquals(LocalDate.of(2026, 5, 20), schedule.end(project(plan, "B")));
		// own dates are more precise than the phase
		assertEquals(LocalDate.of(2026, 6, 1), schedule.start(project(plan, "C")));
	}

	@Test
	void missingOrImpossibleDatesGiveNullEndsNotExceptions() {
		Plan plan = parse(plan("""
				    project A "a" { }
				    project B "b" { from 2026-05-01 to 2026-02-30 }
				    project C "c" { during Nowhere }
				"""));
		Schedule schedule = new PlanFacts(plan, AS_OF).schedule();
		assertEquals(Span.UNKNOWN, schedule.span(project(plan, "A")));
		assertEquals(LocalDate.of(2026, 5, 1), schedule.start(project(plan, "B")));
		assertNull(schedule.end(project(plan, "B")));
		assertEquals(Span.UNKNOWN, schedule.span(project(plan, "C")));
		assertFalse(schedule.isLate(project(plan, "B")));
		assertEquals(0, schedule.span(project(plan, "B")).days());
	}

	@Test
	void cyclesAreFoundAsGroupsInWrittenOrder() {
		Plan plan = parse(plan("""
				    project A "a" { after C }
				    project B "b" { after A }
				    project C "c" { after B }
				    project D "d" { after A }
				    project E "e" { after E }
				    project F "f" { after D, G }
				    project G "g" { after F }
				"""));
		Schedule schedule = new PlanFacts(plan, AS_OF).schedule();
		assertEquals(List.of(List.of("A", "B", "C"), List.of("E"), List.of("F", "G")),
				schedule.cycles().stream().map(ScheduleTest::names).toList());
		assertTrue(schedule.isInCycle(project(plan, "B")));
		assertFalse(schedule.isInCycle(project(plan, "D")));
		assertTrue(schedule.inSameCycle(project(plan, "A"), project(plan, "C")));
		assertFalse(schedule.inSameCycle(project(plan, "A"), project(plan, "F")));
		assertEquals(List.of("F", "G"), names(schedule.cycleOf(project(plan, "G"))));
		assertEquals(List.of(), schedule.cycleOf(project(plan, "D")));
	}

	@Test
	void criticalChainIsTheDependencyPathWithTheMostDays() {
		// A(10) -> B(30) -> D(5)  = 45 days;  A(10) -> C(20) -> D(5) = 35;  E(40) alone
		Schedule schedule = schedule("""
				    project A "a" { from 2026-01-01 to 2026-01-10 }
				    project B "b" { from 2026-01-11 to 2026-02-09 after A }
				    project C "c" { from 2026-01-11 to 2026-01-30 after A }
				    project D "d" { from 2026-02-10 to 2026-02-14 after B, C }
				    project E "e" { from 2026-03-01 to 2026-04-09 }
				""");
		assertEquals(List.of("A", "B", "D"), names(schedule.criticalChain()));
		assertEquals(45, schedule.criticalChainDays());
	}

	@Test
	void criticalChainLeavesOutProjectsOnACycle() {
		Schedule schedule = schedule("""
				    project A "a" { from 2026-01-01 to 2026-06-30 after B }
				    project B "b" { from 2026-01-01 to 2026-06-30 after A }
				    project C "c" { from 2026-07-01 to 2026-07-10 after A }
				    project D "d" { from 2026-07-11 to 2026-07-20 after C }
				""");
		assertEquals(List.of("C", "D"), names(schedule.criticalChain()));
		assertEquals(20, schedule.criticalChainDays());
	}

	@Test
	void withoutDatesTheLongestChainByCountIsCritical() {
		Schedule schedule = schedule("""
				    project A "a" { }
				    project B "b" { after A }
				    project C "c" { after B }
				    project D "d" { }
				""");
		assertEquals(List.of("A", "B", "C"), names(schedule.criticalChain()));
	}

	@Test
	void projectsOfAPlanNotYetCarriedOutAreNeverLate() {
		String body = """
				    project A "a" { from 2026-03-01 to 2026-06-30 }
				""";
		for (String status : List.of("draft", "review", "approved")) {
			Plan plan = parse(plan("    status " + status, body));
			Schedule schedule = new PlanFacts(plan, AS_OF).schedule();
			assertFalse(schedule.isLate(project(plan, "A")), status);
			assertEquals(List.of(), schedule.lateProjects(), status);
		}
		for (String status : List.of("running", "closed")) {
			Plan plan = parse(plan("    status " + status, body));
			assertEquals(List.of("A"), names(new PlanFacts(plan, AS_OF).schedule().lateProjects()), status);
		}
	}

	@Test
	void latestProgressIsTheLastUpdateOnOrBeforeAsOf() {
		Plan plan = parse(plan("    status running", """
				    project A "a" { from 2026-03-01 to 2026-06-30 }
				    project B "b" { from 2026-03-01 to 2026-06-30 status done }
				    project C "c" { from 2026-03-01 to 2026-07-01 }
				    project D "d" { from 2026-03-01 to 2026-06-30 status cancelled }
				    project E "e" { from 2026-03-01 to 2026-06-30 }
				    tracking {
				        update on 2026-05-01 A progress 30 %
				        update on 2026-06-20 A progress 60 %
				        update on 2026-06-20 A progress 70 % "corrected"
				        update on 2026-07-02 A progress 100 %
				        update on 2026-06-01 E progress 100 %
				    }
				"""));
		Schedule schedule = new PlanFacts(plan, AS_OF).schedule();
		Project a = project(plan, "A");
		assertEquals(0, new BigDecimal("70").compareTo(schedule.progress(a)));
		assertEquals(LocalDate.of(2026, 6, 20), schedule.latestUpdate(a).getDate());
		assertEquals(Schedule.COMPLETE, schedule.progress(project(plan, "B")));
		assertNull(schedule.progress(project(plan, "C")));
		assertEquals(List.of("A"), names(schedule.lateProjects()));
		// C ends on asof itself: still on time; D is cancelled; E reached 100 %
	}

	@Test
	void ganttBoundsCoverThePeriodAndEverythingDatedOutsideIt() {
		Schedule schedule = schedule("""
				    phase P1 "a" from 2025-12-01 to 2026-01-31 { milestone M "m" on 2025-11-20 }
				    project A "a" { from 2026-06-01 to 2027-02-01 }
				""");
		assertEquals(LocalDate.of(2025, 11, 20), schedule.firstDay());
		assertEquals(LocalDate.of(2027, 2, 1), schedule.lastDay());
		assertEquals(new Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), schedule.period());
	}

	@Test
	void dependenciesListOnlyResolvedProjectsOfThePlan() {
		Plan plan = parse(plan("""
				    project A "a" { }
				    project B "b" { after A, Unknown }
				"""));
		Schedule schedule = new PlanFacts(plan, AS_OF).schedule();
		assertEquals(List.of("A"), names(schedule.dependencies(project(plan, "B"))));
	}

	@Test
	void spanDaysCountBothEnds() {
		Span march = new Span(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		assertEquals(31, march.days());
		assertTrue(march.contains(LocalDate.of(2026, 3, 31)));
		assertTrue(march.overlaps(new Span(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30))));
		assertFalse(march.overlaps(new Span(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))));
		assertTrue(new Span(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1)).isInverted());
		assertFalse(march.contains(Span.UNKNOWN));
	}
}
