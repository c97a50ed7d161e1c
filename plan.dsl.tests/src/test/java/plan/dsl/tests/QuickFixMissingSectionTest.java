package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.ide.quickfix.SectionSkeletons;
import plan.dsl.validation.PlanIssueCodes;

/**
 * {@code completeness.missing-section}: skeletons in the file's keyword style and the plan's language.
 * Depends on the validator reporting on the plan's name with the missing section ids as issue data.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class QuickFixMissingSectionTest {

	/** A complete activity plan except for theme, audience and publicity; English keywords, language en. */
	static final String ENGLISH_WITHOUT_THEME_AUDIENCE_PUBLICITY = """
			plan Fair "Spring science fair" {
			    kind activity
			    language en
			    period from 2026-03-01 to 2026-06-30
			    status draft

			    background {
			        challenge C1 "Few pupils take part in science clubs"
			    }

			    goal G1 "More pupils in science clubs" {
			        level organization
			        specific "Bring pupils of every year group to present a project at the fair"
			        measure "pupils presenting" from 20 to 60 people
			        owner Maya
			        addresses C1
			        due 2026-06-15
			    }

			    team {
			        person Maya "Head of science" role leader
			        person Tom "Lab technician" role member
			    }

			    phase P1 "Preparation" from 2026-03-01 to 2026-05-31
			    phase P2 "Fair" from 2026-06-01 to 2026-06-30

			    project A1 "Project coaching" {
			        type training
			        owner Tom
			        during P1
			        deliverable "Sixty project posters"
			        standard "Every year group presents"
			        supports G1
			    }

			    criteria {
			        criterion K1 "Scientific method" weight 60 % quantitative target >= 3 points
			        criterion K2 "Presentation" weight 40 % qualitative "Clear explanation of question, method and result"
			    }

			    safeguards {
			        organization "The science department runs the fair"
			    }

			    outcome R1 "Sixty pupils present" for G1 verified by "Fair attendance list"
			}
			""";

	/** The same plan with Chinese keywords and Chinese text (language zh by default). */
	static final String CHINESE_WITHOUT_THEME_AUDIENCE_PUBLICITY = """
			方案 科技节 "春季科技节" {
			    类型 活动
			    周期 自 2026-03-01 至 2026-06-30
			    状态 草稿

			    背景 {
			        挑战 C1 "参加科技社团的学生偏少"
			    }

			    目标 G1 "更多学生参加科技社团" {
			        层级 组织
			        具体 "组织每个年级的学生在科技节上展示一个研究项目"
			        衡量 "展示项目的学生人数" 自 20 至 60 人
			        负责人 王老师
			        针对 C1
			        截止 2026-06-15
			    }

			    团队 {
			        成员 王老师 "科学组组长" 角色 组长
			        成员 刘老师 "实验员" 角色 组员
			    }

			    阶段 P1 "准备" 自 2026-03-01 至 2026-05-31
			    阶段 P2 "展示" 自 2026-06-01 至 2026-06-30

			    项目 A1 "项目辅导" {
			        形式 training
			        负责人 刘老师
			        期间 P1
			        成果形式 "六十份项目展板"
			        评估标准 "每个年级都有展示"
			        支撑 G1
			    }

			    评选 {
			        指标 K1 "科学方法" 权重 60 % 定量 目标值 >= 3 分
			        指标 K2 "展示表达" 权重 40 % 定性 "能清楚说明研究问题、方法和结论"
			    }

			    保障 {
			        单位 "科学组负责组织"
			    }

			    成果 R1 "六十名学生完成展示" 对应 G1 检验 "科技节签到表"
			}
			""";

	@Inject
	private Injector injector;

	private QuickFixHarness harness;

	@BeforeEach
	void setUp() {
		harness = new QuickFixHarness(injector);
	}

	private static Issue missing(String text, String planName, String... ids) {
		return QuickFixHarness.issue(text, PlanIssueCodes.MISSING_SECTION, planName, ids);
	}

	@Test
	void englishKeywordsEnglishPlaceholders() {
		String text = ENGLISH_WITHOUT_THEME_AUDIENCE_PUBLICITY;
		String fixed = harness.fix(text, missing(text, "Fair", "theme", "audience", "publicity"));
		assertEquals(text.replace("""
				    outcome R1 "Sixty pupils present" for G1 verified by "Fair attendance list"
				}
				""", """
				    outcome R1 "Sixty pupils present" for G1 verified by "Fair attendance list"

				    theme "(write the campaign theme)"

				    audience "(who takes part, and in which units)"

				    publicity {
				        stage "(name the publicity stage)" from 2026-03-01 to 2026-06-30 via ChannelTBD owner Maya "(what is published)"
				    }
				}
				"""), fixed);
		harness.assertParsesAndLinks(fixed);
		assertFalse(harness.codes(fixed).contains(PlanIssueCodes.MISSING_SECTION), () -> harness.validate(fixed).toString());
	}

	@Test
	void chineseKeywordsChinesePlaceholders() {
		String text = CHINESE_WITHOUT_THEME_AUDIENCE_PUBLICITY;
		String fixed = harness.fix(text, missing(text, "科技节", "theme", "audience", "publicity"));
		assertEquals(text.replace("""
				    成果 R1 "六十名学生完成展示" 对应 G1 检验 "科技节签到表"
				}
				""", """
				    成果 R1 "六十名学生完成展示" 对应 G1 检验 "科技节签到表"

				    主题 "（请填写活动主题）"

				    对象 "（请写明活动对象与范围）"

				    宣传 {
				        环节 "（请填写宣传环节）" 自 2026-03-01 至 2026-06-30 渠道 待定渠道 负责人 王老师 "（请写明宣传内容）"
				    }
				}
				"""), fixed);
		harness.assertParsesAndLinks(fixed);
		assertFalse(harness.codes(fixed).contains(PlanIssueCodes.MISSING_SECTION), () -> harness.validate(fixed).toString());
	}

	/**
	 * Runs once the completeness validator reports the code, on the plan's name with the missing section ids as
	 * data — in one diagnostic or one per section: fixing what it reports, until it reports nothing, gives the
	 * same text as the issue built above.
	 */
	@Test
	void theValidatorsOwnDiagnosticsGetTheFix() {
		String text = ENGLISH_WITHOUT_THEME_AUDIENCE_PUBLICITY;
		List<Issue> reported = harness.reported(text, PlanIssueCodes.MISSING_SECTION);
		assertTrue(reported.stream().allMatch(issue -> issue.getOffset() == text.indexOf("Fair")), "on the plan's name");
		assertEquals(List.of("audience", "publicity", "theme"),
				reported.stream().flatMap(issue -> List.of(issue.getData()).stream()).sorted().toList());
		String fixed = text;
		for (int round = 0; round < 3 && harness.codes(fixed).contains(PlanIssueCodes.MISSING_SECTION); round++) {
			Issue first = harness.validate(fixed).stream()
					.filter(issue -> PlanIssueCodes.MISSING_SECTION.equals(issue.getCode()))
					.min(java.util.Comparator.comparingInt(
							issue -> SectionSkeletons.SECTION_IDS.indexOf(issue.getData()[0])))
					.orElseThrow();
			fixed = harness.fix(fixed, first);
		}
		assertEquals(harness.fix(text, missing(text, "Fair", "theme", "audience", "publicity")), fixed);
		assertFalse(harness.codes(fixed).contains(PlanIssueCodes.MISSING_SECTION));
	}

	@Test
	void pluralIdsNameTheSameSections() {
		String text = "plan X \"Test\" {\n    period from 2026-01-01 to 2026-12-31\n}\n";
		assertEquals(harness.fix(text, missing(text, "X", "goal", "phase", "project")),
				harness.fix(text, missing(text, "X", "goals", "phases", "projects")));
	}

	@Test
	void englishKeywordsInAChinesePlanGetChinesePlaceholders() {
		String text = ENGLISH_WITHOUT_THEME_AUDIENCE_PUBLICITY.replace("    language en\n", "    language zh\n");
		String fixed = harness.fix(text, missing(text, "Fair", "theme"));
		assertTrue(fixed.contains("\n\n    theme \"（请填写活动主题）\"\n}\n"), fixed);
	}

	@Test
	void labelNamesTheSectionsInTheFilesKeywordsAndThePlansLanguage() {
		String english = ENGLISH_WITHOUT_THEME_AUDIENCE_PUBLICITY;
		String chinese = CHINESE_WITHOUT_THEME_AUDIENCE_PUBLICITY;
		assertEquals("Add the missing sections: theme, audience, publicity",
				title(english, missing(english, "Fair", "theme", "audience", "publicity")));
		assertEquals("补全缺少的部分：主题、对象、宣传",
				title(chinese, missing(chinese, "科技节", "theme", "audience", "publicity")));
	}

	/** From an empty plan: every skeleton, Chinese keywords; dates from the reporting date's year. */
	@Test
	void everySkeletonFromAnEmptyChinesePlan() {
		String text = """
				方案 X "测试方案" {
				    类型 活动
				    截至 2026-03-01
				}
				""";
		String fixed = harness.fix(text, missing(text, "X", SectionSkeletons.SECTION_IDS.toArray(String[]::new)));
		assertEquals("""
				方案 X "测试方案" {
				    周期 自 2026-01-01 至 2026-12-31
				    类型 活动
				    截至 2026-03-01

				    背景 {
				        "（请概述所处阶段、面临的机遇与挑战）"
				        挑战 C1 "（请写明需要应对的主要挑战）"
				    }

				    目标 G1 "（请填写目标名称）" {
				        层级 组织
				        具体 "（请填写）"
				        截止 2026-12-31
				    }

				    团队 {
				        成员 待定负责人 "（职务）" 角色 组长
				    }

				    调研 {
				        方法 问卷 "（请写明调研对象与方式）"
				        发现 F1 "（请写明调研的主要发现）"
				    }

				    主题 "（请填写活动主题）"

				    口号 "（请填写活动口号）"

				    对象 "（请写明活动对象与范围）"

				    阶段 P1 "（请填写阶段名称）" 自 2026-01-01 至 2026-12-31

				    项目 A1 "（请填写项目名称）" {
				        自 2026-01-01 至 2026-12-31
				        成果形式 "（请写明成果形式）"
				        评估标准 "（请写明评估标准）"
				    }

				    评选 {
				        指标 K1 "（请填写评选指标）" 权重 100 % 定性 "（请填写）"
				        程序 "（请写明评选程序）"
				        评委 "（请写明评委组成）"
				    }

				    宣传 {
				        环节 "（请填写宣传环节）" 自 2026-01-01 至 2026-12-31 渠道 待定渠道 负责人 待定负责人 "（请写明宣传内容）"
				    }

				    保障 {
				        单位 "（请写明组织保障）"
				        人员 "（请写明人员保障）"
				        物资 "（请写明物资保障）"
				    }

				    成果 R1 "（请填写预期成果）" 对应 G1 检验 "（请写明检验方式）"

				    审批 {
				        轮次 1 于 2026-03-01 由 "（请填写审批机构）" 意见 修改
				    }

				    跟踪 {
				        报告 每月 至 "（请填写汇报对象）" 由 待定负责人
				    }
				}
				""", fixed);
		harness.assertParsesAndLinks(fixed);
		assertFalse(harness.codes(fixed).contains(PlanIssueCodes.MISSING_SECTION), () -> harness.validate(fixed).toString());
	}

	/**
	 * Runs once the SMART validator is merged: skeletons add no error, and what only the author can write is
	 * still flagged — measure, owner and relevance by leaving them out, the goal's {@code specific} and the
	 * criterion's description by placeholders too short to pass the vagueness check, every placeholder as such.
	 */
	@Test
	void skeletonsAddNoErrorAndLeaveTheAuthorsPartFlagged() {
		for (String text : List.of("方案 X \"测试方案\" {\n    类型 活动\n    截至 2026-03-01\n}\n",
				"plan X \"Test\" {\n    kind activity\n    language en\n    asof 2026-03-01\n}\n")) {
			String fixed = harness.fix(text, missing(text, "X", SectionSkeletons.SECTION_IDS.toArray(String[]::new)));
			harness.reported(fixed, PlanIssueCodes.SMART_MEASURABLE);
			List<Issue> issues = harness.validate(fixed);
			assertEquals(List.of(), issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList());
			List<String> codes = harness.codes(fixed);
			for (String flagged : List.of(PlanIssueCodes.SMART_SPECIFIC, PlanIssueCodes.SMART_MEASURABLE,
					PlanIssueCodes.SMART_ACHIEVABLE, PlanIssueCodes.SMART_RELEVANT,
					PlanIssueCodes.CRITERIA_VAGUE_DESCRIPTION, PlanIssueCodes.PLACEHOLDER_UNFILLED)) {
				assertTrue(codes.contains(flagged), () -> flagged + " not in " + issues);
			}
		}
	}

	@Test
	void everySkeletonFromAnEmptyEnglishPlanParsesAndLinks() {
		String text = "plan X \"Test\" {\n    kind activity\n    language en\n    asof 2026-03-01\n}\n";
		String fixed = harness.fix(text, missing(text, "X", SectionSkeletons.SECTION_IDS.toArray(String[]::new)));
		harness.assertParsesAndLinks(fixed);
		assertTrue(fixed.startsWith("plan X \"Test\" {\n    period from 2026-01-01 to 2026-12-31\n    kind activity\n"), fixed);
		assertTrue(fixed.contains("\n    team {\n        person LeaderTBD \"(position)\" role leader\n    }\n"), fixed);
		assertTrue(fixed.contains("\n    outcome R1 \"(name the expected outcome)\" for G1 verified by \"(how the outcome will be verified)\"\n"), fixed);
		assertTrue(fixed.contains("\n        report monthly to \"(who receives the reports)\" by LeaderTBD\n"), fixed);
		assertFalse(harness.codes(fixed).contains(PlanIssueCodes.MISSING_SECTION), () -> harness.validate(fixed).toString());
	}

	@Test
	void anOutcomeIsForEveryGoalThatHasNone() {
		String text = """
				plan X "Test" {
				    period from 2026-01-01 to 2026-12-31
				    goal G1 "One" {
				    }
				    goal G2 "Two" {
				    }
				}
				""";
		String fixed = harness.fix(text, missing(text, "X", "outcome"));
		assertTrue(fixed.endsWith("\n\n    outcome R1 \"（请填写预期成果）\" for G1, G2 verified by \"（请写明检验方式）\"\n}\n"), fixed);
		harness.assertParsesAndLinks(fixed);
	}

	@Test
	void aTeamWithoutMembersGetsThePlaceholderOwnerInsteadOfASecondTeam() {
		String text = "plan X \"Test\" {\n    period from 2026-01-01 to 2026-12-31\n    team {\n    }\n}\n";
		String fixed = harness.fix(text, missing(text, "X", "tracking"));
		assertEquals("""
				plan X "Test" {
				    period from 2026-01-01 to 2026-12-31
				    team {
				        person 待定负责人 "（职务）" role leader
				    }

				    tracking {
				        report monthly to "（请填写汇报对象）" by 待定负责人
				    }
				}
				""", fixed);
		harness.assertParsesAndLinks(fixed);
	}

	@Test
	void aClosingBraceSharingItsLineGetsALineOfItsOwn() {
		String text = "plan X \"Test\" { kind activity }\n";
		String fixed = harness.fix(text, missing(text, "X", "theme"));
		assertEquals("plan X \"Test\" { kind activity\n    theme \"（请填写活动主题）\"\n}\n", fixed);
	}

	@Test
	void windowsLineEndingsAreKept() {
		String text = "plan X \"Test\" {\r\n    kind activity\r\n}\r\n";
		String fixed = harness.fix(text, missing(text, "X", "theme", "audience"));
		assertEquals("plan X \"Test\" {\r\n    kind activity\r\n\r\n    theme \"（请填写活动主题）\"\r\n\r\n"
				+ "    audience \"（请写明活动对象与范围）\"\r\n}\r\n", fixed);
	}

	/** A diagnostic that went to the client and came back carries its data as a JSON array. */
	@Test
	void dataThatTravelledAsJsonIsRead() {
		String text = ENGLISH_WITHOUT_THEME_AUDIENCE_PUBLICITY;
		Diagnostic diagnostic = QuickFixHarness.toDiagnostic(missing(text, "Fair"));
		JsonArray ids = new JsonArray();
		ids.add("theme");
		diagnostic.setData(ids);
		assertTrue(harness.fix(text, diagnostic).contains("\n    theme \"(write the campaign theme)\"\n}\n"));
	}

	@Test
	void noFixWithoutKnownSectionsOrForSectionsAlreadyThere() {
		String text = ENGLISH_WITHOUT_THEME_AUDIENCE_PUBLICITY;
		assertEquals(List.of(), actions(text, missing(text, "Fair")));
		assertEquals(List.of(), actions(text, missing(text, "Fair", "results", "kind")));
		assertEquals(List.of(), actions(text, missing(text, "Fair", "team", "criteria")));
	}

	private List<CodeAction> actions(String text, Issue issue) {
		return harness.codeActions(text, QuickFixHarness.toDiagnostic(issue));
	}

	private String title(String text, Issue issue) {
		List<CodeAction> actions = actions(text, issue);
		assertEquals(1, actions.size());
		return actions.get(0).getTitle();
	}
}
