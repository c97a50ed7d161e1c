package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/** completeness.* and annual.* diagnostics on small complete plans with one piece taken out. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CompletenessValidatorTest {

	/** The smallest complete activity plan. */
	private static final String ACTIVITY = """
			plan A "服务争先活动方案" {
			    kind activity
			    status draft
			    period from 2026-03-01 to 2026-12-31
			    background { challenge C1 "投诉偏多" }
			    goal G1 "降低投诉" {
			        specific "在12个基层供电所推行服务标准化，压降客户投诉"
			        measure "客户投诉率" from 5.2 % to 3.0 %
			        owner 李娜
			        addresses C1
			        due 2026-11-30
			    }
			    team { person 李娜 "主任" role leader }
			    theme "服务争先"
			    audience "全体职工"
			    phase P1 "实施" from 2026-03-01 to 2026-12-31
			    project A1 "竞赛" { owner 李娜 during P1 supports G1 }
			    criteria { criterion K1 "投诉下降" weight 100 % quantitative target >= 30 % }
			    publicity { stage "启动" during P1 via 内网 owner 李娜 "发布方案" }
			    safeguards { personnel "各所指定联络员" }
			    outcome R1 "投诉下降" for G1 verified by "投诉统计"
			}
			""";

	/** The smallest complete annual plan. */
	private static final String ANNUAL = """
			plan Y "年度党建工作计划" {
			    kind annual
			    status draft
			    period from 2027-01-01 to 2027-12-31
			    background { challenge C1 "融合不够" }
			    team { person 陈静 "书记" role leader }
			    goal G1 "融合" {
			        level organization
			        specific "以党建+攻坚推动两项重大科研项目按期结题"
			        measure "结题项目数" from 0 to 2
			        owner 陈静
			        addresses C1
			        due 2027-12-15
			    }
			    goal G2 "成长" {
			        level individual
			        specific "为每名35岁以下党员制定成长计划"
			        measure "完成比例" from 20 % to 100 %
			        owner 陈静
			        supports G1
			        due 2027-11-30
			    }
			    project P1 "攻坚" {
			        owner 陈静
			        from 2027-02-01 to 2027-12-15
			        deliverable "结题报告"
			        standard "按期通过验收"
			        supports G1, G2
			        featured
			        integrates "科研攻关"
			    }
			    tracking { report monthly to "党委" by 陈静 }
			}
			""";

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private ValidationTestHelper validator;

	private List<Issue> validate(String text) throws Exception {
		return validator.validate(parser.parse(text));
	}

	private static String without(String text, String line) {
		String result = text.replace(line, "");
		assertTrue(!result.equals(text), "test plan has no " + line);
		return result;
	}

	@Test
	void completePlansHaveNoIssues() throws Exception {
		assertEquals(List.of(), validate(ACTIVITY));
		assertEquals(List.of(), validate(ANNUAL));
		assertEquals(List.of(), validate(ACTIVITY.replace("status draft", "status review")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			theme "服务争先"                                                        | 活动主题       | theme "…"（主题）
			audience "全体职工"                                                     | 活动对象与范围 | audience "…"（对象）
			period from 2026-03-01 to 2026-12-31                                   | 时间周期       | period from
			background { challenge C1 "投诉偏多" }                                  | 背景分析       | background（背景）块
			phase P1 "实施" from 2026-03-01 to 2026-12-31                           | 阶段安排       | phase P1
			criteria { criterion K1 "投诉下降" weight 100 % quantitative target >= 30 % } | 评选标准 | criteria（评选）块
			publicity { stage "启动" during P1 via 内网 owner 李娜 "发布方案" }       | 宣传推广策略   | publicity（宣传）块
			safeguards { personnel "各所指定联络员" }                                | 保障措施       | safeguards（保障）块
			team { person 李娜 "主任" role leader }                                  | 策划团队（含组长） | role leader
			""")
	void missingActivitySectionIsNamedOnThePlanName(String line, String name, String hint) throws Exception {
		List<Issue> issues = validate(without(ACTIVITY, line.strip()));
		Issue issue = SmartTestSupport.single(issues, PlanIssueCodes.MISSING_SECTION);
		assertEquals(1, issue.getLineNumber());
		assertEquals(6, issue.getColumn(), "on the name A (1-based)");
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().startsWith("方案 A 尚缺" + name + "：请补充 "), issue.getMessage());
		assertTrue(issue.getMessage().contains(hint), issue.getMessage());
	}

	@Test
	void missingSectionIsAnErrorFromReviewOn() throws Exception {
		Issue issue = SmartTestSupport.single(validate(without(ACTIVITY, "theme \"服务争先\"").replace("status draft",
				"status review")), PlanIssueCodes.MISSING_SECTION);
		assertEquals(Severity.ERROR, issue.getSeverity());
	}

	@Test
	void eachMissingSectionHasItsOwnDiagnostic() throws Exception {
		String text = without(without(ACTIVITY, "theme \"服务争先\""), "audience \"全体职工\"");
		List<Issue> issues = SmartTestSupport.withCode(validate(text), PlanIssueCodes.MISSING_SECTION);
		assertEquals(List.of("theme", "audience"), issues.stream().map(i -> i.getData()[0]).toList());
	}

	@Test
	void teamWithoutLeaderIsReportedOnTheTeam() throws Exception {
		String text = ACTIVITY.replace("team { person 李娜 \"主任\" role leader }", "team {\n        person 李娜 \"主任\"\n    }");
		Issue issue = SmartTestSupport.single(validate(text), PlanIssueCodes.MISSING_SECTION);
		assertEquals(SmartTestSupport.line(text, "team {"), issue.getLineNumber());
		assertEquals("方案 A 的策划团队尚无组长：请为一名成员写 role leader（角色 组长）", issue.getMessage());
	}

	@Test
	void goalWithoutOutcomeIsReportedOnTheGoal() throws Exception {
		Issue issue = SmartTestSupport.single(validate(without(ACTIVITY, "outcome R1 \"投诉下降\" for G1 verified by \"投诉统计\"")),
				PlanIssueCodes.GOAL_WITHOUT_OUTCOME);
		assertEquals(SmartTestSupport.line(ACTIVITY, "goal G1"), issue.getLineNumber());
		assertEquals("目标 G1“降低投诉”尚无对应的预期成果：请补充 outcome R1 \"…\" for G1 verified by \"…\"",
				issue.getMessage());
	}

	@Test
	void outcomesAreNotRequiredOutsideActivityPlans() throws Exception {
		assertEquals(List.of(), SmartTestSupport.withCode(validate(ANNUAL), PlanIssueCodes.GOAL_WITHOUT_OUTCOME));
	}

	@Test
	void planWithoutKindIsAskedForOne() throws Exception {
		Issue issue = SmartTestSupport.single(validate(without(ACTIVITY, "kind activity")), PlanIssueCodes.MISSING_SECTION);
		assertEquals(1, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("kind activity、kind annual 或 kind project"), issue.getMessage());
	}

	@Test
	void englishPlanNamesTheSectionInEnglish() throws Exception {
		String text = without(ACTIVITY, "theme \"服务争先\"").replace("kind activity", "kind activity language en");
		assertEquals("Plan A still lacks theme: add theme \"…\"",
				SmartTestSupport.single(validate(text), PlanIssueCodes.MISSING_SECTION).getMessage());
	}

	@Test
	void annualPlanWithoutIndividualGoal() throws Exception {
		Issue issue = SmartTestSupport.single(validate(ANNUAL.replace("level individual", "level organization")),
				PlanIssueCodes.ANNUAL_NO_INDIVIDUAL_GOAL);
		assertEquals(1, issue.getLineNumber());
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(List.of(), SmartTestSupport.withCode(validate(ANNUAL), PlanIssueCodes.ANNUAL_NO_INDIVIDUAL_GOAL));
	}

	@Test
	void annualPlanWithoutFeaturedProject() throws Exception {
		Issue issue = SmartTestSupport.single(validate(without(ANNUAL, "featured")), PlanIssueCodes.ANNUAL_FEATURED_COUNT);
		assertEquals(1, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("尚无特色项目"), issue.getMessage());
	}

	@Test
	void thirdFeaturedProjectIsReportedOnItsFeatured() throws Exception {
		String text = ANNUAL.replace("    tracking {", """
				    project P2 "讲堂" { owner 陈静 from 2027-03-01 to 2027-06-30 deliverable "讲堂视频" standard "全员参加" supports G2 featured }
				    project P3 "党日" { owner 陈静 from 2027-07-01 to 2027-07-31 deliverable "纪实" standard "满意度九成" supports G2
				        featured
				    }
				    tracking {""");
		Issue issue = SmartTestSupport.single(validate(text), PlanIssueCodes.ANNUAL_FEATURED_COUNT);
		assertEquals(SmartTestSupport.lastLine(text, "featured"), issue.getLineNumber());
		assertEquals("特色项目应为1–2个，本计划有3个：请去掉项目 P3“党日”的 featured，只保留最突出的两个", issue.getMessage());
	}

	@Test
	void annualPlanWithoutIntegration() throws Exception {
		Issue issue = SmartTestSupport.single(validate(without(ANNUAL, "integrates \"科研攻关\"")),
				PlanIssueCodes.ANNUAL_NO_INTEGRATION);
		assertEquals(1, issue.getLineNumber());
		assertEquals(List.of(), SmartTestSupport.withCode(validate(ANNUAL), PlanIssueCodes.ANNUAL_NO_INTEGRATION));
	}

	@Test
	void annualProjectLackingPartsIsReportedOnTheProject() throws Exception {
		String text = without(without(ANNUAL, "deliverable \"结题报告\""), "from 2027-02-01 to 2027-12-15");
		Issue issue = SmartTestSupport.single(validate(text), PlanIssueCodes.ANNUAL_PROJECT_INCOMPLETE);
		assertEquals(SmartTestSupport.line(text, "project P1"), issue.getLineNumber());
		assertEquals("项目 P1“攻坚”尚缺起止时间（from … to … 或 during）、成果形式（deliverable）：请逐项补充", issue.getMessage());
		assertEquals(List.of("DATES", "DELIVERABLE"), List.of(issue.getData()));
	}

	@Test
	void annualPlanWithoutTrackingReport() throws Exception {
		Issue issue = SmartTestSupport.single(validate(ANNUAL.replace("report monthly to \"党委\" by 陈静", "")),
				PlanIssueCodes.MISSING_SECTION);
		assertEquals(List.of("tracking"), List.of(issue.getData()));
	}

	@Test
	void annualPlanWithoutProjectsIsToldOnceNotFourTimes() throws Exception {
		String text = ANNUAL.substring(0, ANNUAL.indexOf("    project P1")) + "    tracking { report monthly to \"党委\" by 陈静 }\n}\n";
		List<Issue> issues = validate(text);
		assertEquals(List.of("projects"), SmartTestSupport.withCode(issues, PlanIssueCodes.MISSING_SECTION).stream()
				.map(i -> i.getData()[0]).toList());
		assertEquals(List.of(), SmartTestSupport.withCode(issues, PlanIssueCodes.ANNUAL_FEATURED_COUNT));
		assertEquals(List.of(), SmartTestSupport.withCode(issues, PlanIssueCodes.ANNUAL_NO_INTEGRATION));
	}
}
