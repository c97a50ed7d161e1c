package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.facts.Completeness;
import plan.dsl.facts.Completeness.ProjectPart;
import plan.dsl.facts.Completeness.Requirement;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/** Required items per kind, what is missing, and the percentage complete. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CompletenessTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider factsProvider;

	private Completeness of(String text) throws Exception {
		return factsProvider.get(parser.parse(text)).completeness();
	}

	@Test
	void completeCorpusPlansAreAtOneHundredPercent() throws Exception {
		Completeness activity = of(SmartTestSupport.corpus("cxzy-2026.plan"));
		assertEquals(12, activity.required().size());
		assertEquals(100, activity.percent());
		Completeness annual = of(SmartTestSupport.corpus("dangjian-2027.plan"));
		assertEquals(List.of(Requirement.BACKGROUND, Requirement.GOALS, Requirement.INDIVIDUAL_GOAL,
				Requirement.PROJECTS, Requirement.PROJECT_DETAILS, Requirement.FEATURED, Requirement.INTEGRATION,
				Requirement.TRACKING_REPORT), annual.required());
		assertEquals(100, annual.percent());
		Completeness project = of(SmartTestSupport.corpus("volunteer-week.plan"));
		assertEquals(List.of(Requirement.GOALS, Requirement.PROJECTS, Requirement.PERIOD), project.required());
		assertEquals(100, project.percent());
	}

	@Test
	void brokenActivityPlanLacksThemeAudiencePublicityAndAnOutcome() throws Exception {
		Completeness c = of(SmartTestSupport.corpus("invalid/broken-activity.plan"));
		assertEquals(List.of(Requirement.THEME, Requirement.AUDIENCE, Requirement.PUBLICITY, Requirement.OUTCOMES),
				c.missing());
		assertEquals(66, c.percent(), "8 of 12, rounded down");
		assertEquals(List.of("G2"), c.goalsWithoutOutcome().stream().map(Goal::getName).toList());
	}

	@Test
	void projectPlanWithOnlyGoalsIsAThirdDone() throws Exception {
		Completeness c = of("plan P \"p\" { kind project goal G1 \"g\" { } }");
		assertEquals(List.of(Requirement.PROJECTS, Requirement.PERIOD), c.missing());
		assertEquals(33, c.percent());
	}

	@Test
	void withoutAKindOnlyTheKindIsRequired() throws Exception {
		Completeness c = of("plan P \"p\" { theme \"t\" }");
		assertNull(c.kind());
		assertEquals(List.of(Requirement.KIND), c.required());
		assertEquals(List.of(Requirement.KIND), c.missing());
		assertEquals(0, c.percent());
	}

	@Test
	void writtenDefaultKindCountsAsDeclared() throws Exception {
		Completeness c = of("plan P \"p\" { kind activity }");
		assertEquals(12, c.required().size());
		assertTrue(c.isMissing(Requirement.GOALS));
		assertFalse(c.isMissing(Requirement.OUTCOMES), "no goals, so none lacks an outcome");
		assertEquals(8, c.percent(), "only the outcome rule holds: 1 of 12");
	}

	@Test
	void personWithoutARoleIsNotTheLeader() throws Exception {
		// role's first literal is leader, so an absent role must not count
		assertTrue(of("plan P \"p\" { kind activity team { person 张伟 \"书记\" } }").isMissing(Requirement.TEAM_LEADER));
		assertFalse(of("plan P \"p\" { kind activity team { person 张伟 \"书记\" role leader } }")
				.isMissing(Requirement.TEAM_LEADER));
		assertFalse(of("plan P \"p\" { kind activity team { person 张伟 \"书记\" 角色 组长 } }")
				.isMissing(Requirement.TEAM_LEADER));
	}

	@Test
	void emptySectionsDoNotCount() throws Exception {
		Completeness c = of("plan P \"p\" { kind activity background { } criteria { cycle monthly } publicity { } "
				+ "safeguards { } theme \"  \" }");
		assertTrue(c.missing().containsAll(List.of(Requirement.BACKGROUND, Requirement.CRITERIA,
				Requirement.PUBLICITY, Requirement.SAFEGUARDS, Requirement.THEME)));
	}

	@Test
	void annualProjectsReportWhatEachLacks() throws Exception {
		Completeness c = of("""
				plan Y "y" { kind annual
				    team { person 陈静 "书记" role leader }
				    phase Q1 "一季度" from 2027-01-01 to 2027-03-31
				    project P1 "全" { owner 陈静 during Q1 deliverable "报告" standard "通过验收" }
				    project P2 "缺" { owner 陈静 deliverable "  " }
				}""");
		Map<Project, Set<ProjectPart>> incomplete = c.incompleteProjects();
		assertEquals(1, incomplete.size());
		Map.Entry<Project, Set<ProjectPart>> p2 = incomplete.entrySet().iterator().next();
		assertEquals("P2", p2.getKey().getName());
		assertEquals(EnumSet.of(ProjectPart.DATES, ProjectPart.DELIVERABLE, ProjectPart.STANDARD), p2.getValue());
		assertTrue(c.isMissing(Requirement.PROJECT_DETAILS));
	}

	@Test
	void featuredMeansOneOrTwo() throws Exception {
		String three = "plan Y \"y\" { kind annual project A \"a\" { featured } project B \"b\" { featured } "
				+ "project C \"c\" { featured } }";
		Completeness c = of(three);
		assertEquals(3, c.featuredProjects().size());
		assertTrue(c.isMissing(Requirement.FEATURED));
		assertFalse(of(three.replace("project C \"c\" { featured }", "")).isMissing(Requirement.FEATURED));
		assertTrue(of(three.replace("{ featured }", "{ }")).isMissing(Requirement.FEATURED));
	}

	@Test
	void refinementsOfAMissingItemAreCountedButNotReported() throws Exception {
		Completeness c = of("plan Y \"y\" { kind annual goal G1 \"g\" { level organization } }");
		assertTrue(c.missing().containsAll(List.of(Requirement.PROJECTS, Requirement.PROJECT_DETAILS,
				Requirement.FEATURED, Requirement.INTEGRATION, Requirement.INDIVIDUAL_GOAL)));
		assertEquals(List.of(Requirement.BACKGROUND, Requirement.INDIVIDUAL_GOAL, Requirement.PROJECTS,
				Requirement.TRACKING_REPORT), c.missingToReport());
		assertEquals(12, c.percent(), "1 of 8");
	}

	@Test
	void everyRequirementHasALabelAndAHintInBothLanguages() {
		for (Requirement r : Requirement.values()) {
			for (DocLanguage language : DocLanguage.values()) {
				assertFalse(r.label(language).isBlank(), r + " " + language);
				assertFalse(r.hint(language).isBlank(), r + " " + language);
			}
		}
		assertEquals("活动主题", Requirement.THEME.label(DocLanguage.ZH));
		assertEquals("theme", Requirement.THEME.label(DocLanguage.EN));
		assertEquals("theme \"…\"", Requirement.THEME.hint(DocLanguage.EN));
		assertEquals("owner", ProjectPart.OWNER.label(DocLanguage.EN));
	}
}
