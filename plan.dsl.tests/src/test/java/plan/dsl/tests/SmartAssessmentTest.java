package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.facts.SmartAssessment;
import plan.dsl.facts.SmartAssessment.GoalScore;
import plan.dsl.facts.SmartGap;
import plan.dsl.facts.SmartQuality;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Person;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanFactory;
import plan.dsl.plan.Project;
import plan.dsl.plan.Team;

/** SMART scores, missing qualities, their reasons and the goal → supporting projects index. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class SmartAssessmentTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider factsProvider;

	private GoalScore score(Plan plan, String goalName) {
		Goal goal = plan.getGoals().stream().filter(g -> g.getName().equals(goalName)).findFirst().orElseThrow();
		return factsProvider.get(plan).smart(goal);
	}

	private static List<String> names(List<Project> projects) {
		return projects.stream().map(Project::getName).toList();
	}

	@Test
	void corpusGoalsOfTheActivityPlanScoreFiveWithTheirProjects() throws Exception {
		Plan plan = parser.parse(SmartTestSupport.corpus("cxzy-2026.plan"));
		GoalScore g1 = score(plan, "G1");
		GoalScore g2 = score(plan, "G2");
		assertEquals(5, g1.score());
		assertEquals(5, g2.score());
		assertEquals(Set.of(), g1.missing());
		assertEquals(List.of("A2", "A3"), names(g1.supportingProjects()));
		assertEquals(List.of("A1", "A3"), names(g2.supportingProjects()));
	}

	@Test
	void corpusGoalsOfTheAnnualPlanScoreFive() throws Exception {
		Plan plan = parser.parse(SmartTestSupport.corpus("dangjian-2027.plan"));
		assertEquals(List.of(5, 5), factsProvider.get(plan).smart().all().stream().map(GoalScore::score).toList());
	}

	@Test
	void volunteerGoalMissesOnlyRelevance() throws Exception {
		GoalScore reach = score(parser.parse(SmartTestSupport.corpus("volunteer-week.plan")), "Reach");
		assertEquals(4, reach.score());
		assertEquals(Set.of(SmartQuality.RELEVANT), reach.missing());
		assertEquals(Set.of(SmartGap.NOT_LINKED), reach.gaps());
	}

	@Test
	void brokenGoalsScoreWithTheirReasons() throws Exception {
		Plan plan = parser.parse(SmartTestSupport.corpus("invalid/broken-activity.plan"));
		GoalScore g1 = score(plan, "G1");
		assertEquals(2, g1.score());
		assertEquals(EnumSet.of(SmartQuality.SPECIFIC, SmartQuality.MEASURABLE, SmartQuality.TIME_BOUND), g1.missing());
		assertEquals(EnumSet.of(SmartGap.SPECIFIC_TOO_SHORT, SmartGap.MEASURE_MISSING, SmartGap.DUE_MISSING), g1.gaps());
		GoalScore g2 = score(plan, "G2");
		assertEquals(3, g2.score());
		assertEquals(EnumSet.of(SmartGap.LINK_UNRESOLVED, SmartGap.DUE_OUTSIDE_PERIOD), g2.gaps());
	}

	@Test
	void emptyGoalScoresZero() throws Exception {
		Plan plan = parser.parse(SmartTestSupport.goalPlan("draft", "", ""));
		GoalScore g1 = score(plan, "G1");
		assertEquals(0, g1.score());
		assertEquals(EnumSet.allOf(SmartQuality.class), g1.missing());
		assertEquals(EnumSet.of(SmartGap.SPECIFIC_MISSING, SmartGap.MEASURE_MISSING, SmartGap.OWNER_MISSING,
				SmartGap.NO_SUPPORTING_PROJECT, SmartGap.NOT_LINKED, SmartGap.DUE_MISSING), g1.gaps());
	}

	@Test
	void completeGoalScoresFive() throws Exception {
		Plan plan = parser.parse(SmartTestSupport.goalPlan("draft", SmartTestSupport.SMART_GOAL_BODY));
		assertEquals(5, score(plan, "G1").score());
	}

	@Test
	void qualitativeCriterionMakesAGoalMeasurable() throws Exception {
		String body = SmartTestSupport.SMART_GOAL_BODY.replace("measure \"客户投诉率\" from 5.2 % to 3.0 %",
				"measure \"服务口碑\" by K1");
		Plan plan = parser.parse(SmartTestSupport.goalPlan("draft", body)
				.replace("    team {", "    criteria { criterion K1 \"口碑\" weight 100 % qualitative \"群众评议满意度达到九成以上\" }\n    team {"));
		assertEquals(5, score(plan, "G1").score());
	}

	@Test
	void unknownCriterionIsAReferenceProblemNotAMissingMeasure() throws Exception {
		String body = SmartTestSupport.SMART_GOAL_BODY.replace("measure \"客户投诉率\" from 5.2 % to 3.0 %",
				"measure \"服务口碑\" by K9");
		GoalScore g1 = score(parser.parse(SmartTestSupport.goalPlan("draft", body)), "G1");
		assertEquals(Set.of(SmartGap.MEASURE_CRITERION_UNRESOLVED), g1.gaps());
		assertEquals(4, g1.score());
	}

	@Test
	void supportingAnotherGoalIsRelevantButSupportingItselfIsNot() throws Exception {
		String self = SmartTestSupport.SMART_GOAL_BODY.replace("addresses C1", "supports G1");
		assertEquals(Set.of(SmartGap.NOT_LINKED), score(parser.parse(SmartTestSupport.goalPlan("draft", self)), "G1").gaps());
		String other = self.replace("supports G1", "supports G0");
		Plan plan = parser.parse(SmartTestSupport.goalPlan("draft", other).replace("    goal G1",
				"    goal G0 \"总目标\" { }\n    goal G1"));
		assertEquals(Set.of(), score(plan, "G1").gaps());
	}

	@Test
	void invalidDueDateIsLeftToTheDateRule() throws Exception {
		String body = SmartTestSupport.SMART_GOAL_BODY.replace("due 2026-11-30", "due 2026-02-30");
		assertEquals(Set.of(SmartGap.DUE_INVALID), score(parser.parse(SmartTestSupport.goalPlan("draft", body)), "G1").gaps());
	}

	@Test
	void dueOnThePeriodsLastDayIsInside() throws Exception {
		String body = SmartTestSupport.SMART_GOAL_BODY.replace("due 2026-11-30", "due 2026-12-31");
		assertEquals(5, score(parser.parse(SmartTestSupport.goalPlan("draft", body)), "G1").score());
		String late = SmartTestSupport.SMART_GOAL_BODY.replace("due 2026-11-30", "due 2027-01-01");
		assertEquals(Set.of(SmartGap.DUE_OUTSIDE_PERIOD),
				score(parser.parse(SmartTestSupport.goalPlan("draft", late)), "G1").gaps());
	}

	@Test
	void withoutAPeriodAnyDueDateCounts() throws Exception {
		String text = SmartTestSupport.goalPlan("draft", SmartTestSupport.SMART_GOAL_BODY.replace("2026-11-30", "2030-01-01"))
				.replace("    period from 2026-01-01 to 2026-12-31\n", "");
		assertEquals(5, score(parser.parse(text), "G1").score());
	}

	@Test
	void unknownOwnerIsAReferenceProblem() throws Exception {
		String body = SmartTestSupport.SMART_GOAL_BODY.replace("owner 李娜", "owner 王五");
		assertEquals(Set.of(SmartGap.OWNER_UNRESOLVED), score(parser.parse(SmartTestSupport.goalPlan("draft", body)), "G1").gaps());
	}

	@Test
	void goalOfAnotherPlanIsRefused() throws Exception {
		Plan plan = parser.parse(SmartTestSupport.goalPlan("draft", SmartTestSupport.SMART_GOAL_BODY));
		Plan other = parser.parse(SmartTestSupport.goalPlan("draft", SmartTestSupport.SMART_GOAL_BODY));
		SmartAssessment smart = factsProvider.get(plan).smart();
		assertThrows(IllegalArgumentException.class, () -> smart.of(other.getGoals().get(0)));
	}

	/** Built in code, without a source: 1,000 goals, 10,000 projects, ten per goal. */
	@Test
	void largePlanIsIndexedInOnePass() {
		PlanFactory f = PlanFactory.eINSTANCE;
		Plan plan = f.createPlan();
		DateRange period = f.createDateRange();
		period.setFrom(LocalDate.of(2026, 1, 1));
		period.setTo(LocalDate.of(2026, 12, 31));
		plan.setPeriod(period);
		Team team = f.createTeam();
		Person owner = f.createPerson();
		owner.setName("Owner");
		team.getParties().add(owner);
		plan.setTeam(team);
		for (int i = 0; i < 1_000; i++) {
			Goal goal = f.createGoal();
			goal.setName("G" + i);
			goal.setOwner(owner);
			plan.getGoals().add(goal);
		}
		for (int i = 0; i < 10_000; i++) {
			Project project = f.createProject();
			project.setName("P" + i);
			project.getSupports().add(plan.getGoals().get(i % 1_000));
			plan.getProjects().add(project);
		}
		SmartAssessment smart = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> new PlanFacts(plan, null).smart());
		GoalScore g7 = smart.of(plan.getGoals().get(7));
		assertEquals(10, g7.supportingProjects().size());
		assertEquals("P7", g7.supportingProjects().get(0).getName());
		assertEquals("P9007", g7.supportingProjects().get(9).getName());
		assertEquals(true, g7.meets(SmartQuality.ACHIEVABLE));
		assertEquals(EnumSet.of(SmartGap.SPECIFIC_MISSING, SmartGap.MEASURE_MISSING, SmartGap.NOT_LINKED,
				SmartGap.DUE_MISSING), g7.gaps());
	}
}
