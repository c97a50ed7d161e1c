package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.validation.PlanIssueCodes;

/**
 * {@code smart.time-bound}: the goal's deadline becomes the last day of the plan's period. Depends on the
 * validator reporting a missing {@code due} on the goal's name (a due outside the period anywhere in the goal).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class QuickFixDueDateTest {

	@Inject
	private Injector injector;

	private QuickFixHarness harness;

	@BeforeEach
	void setUp() {
		harness = new QuickFixHarness(injector);
	}

	private String fix(String text, String marker) {
		return harness.fix(text, QuickFixHarness.issue(text, PlanIssueCodes.SMART_TIME_BOUND, marker));
	}

	private List<CodeAction> actions(String text, String marker) {
		return harness.codeActions(text,
				QuickFixHarness.toDiagnostic(QuickFixHarness.issue(text, PlanIssueCodes.SMART_TIME_BOUND, marker)));
	}

	private void assertTimeBoundGone(String fixed) {
		harness.assertParsesAndLinks(fixed);
		assertFalse(harness.codes(fixed).contains(PlanIssueCodes.SMART_TIME_BOUND), () -> harness.validate(fixed).toString());
	}

	@Test
	void addsDueAsTheGoalsLastLine() {
		String text = """
				plan P "Volunteer week" {
				    language en
				    period from 2026-05-01 to 2026-06-30
				    goal Reach "Recruit volunteers" {
				        specific "Recruit two volunteers from each of the 8 branches"
				        measure "volunteers recruited" from 0 to 16 people
				    }
				}
				""";
		String fixed = fix(text, "Reach");
		assertEquals(text.replace("to 16 people\n    }", "to 16 people\n        due 2026-06-30\n    }"), fixed);
		assertTimeBoundGone(fixed);
		assertEquals("Add due date 2026-06-30 (the last day of the plan period)", actions(text, "Reach").get(0).getTitle());
	}

	/** Runs once the SMART validator reports the code: its issue for a missing due gets this fix. */
	@Test
	void theValidatorsOwnDiagnosticGetsTheFix() {
		String text = """
				plan P "Volunteer week" {
				    language en
				    status review
				    period from 2026-05-01 to 2026-06-30
				    goal Reach "Recruit volunteers" {
				        specific "Recruit two volunteers from each of the 8 branches"
				    }
				}
				""";
		List<org.eclipse.xtext.validation.Issue> issues = harness.reported(text, PlanIssueCodes.SMART_TIME_BOUND);
		assertEquals(1, issues.size());
		assertEquals(text.indexOf("Reach"), issues.get(0).getOffset(), "reported on the goal's name");
		String fixed = harness.fix(text, issues.get(0));
		assertEquals(text.replace("branches\"\n    }", "branches\"\n        due 2026-06-30\n    }"), fixed);
		assertTimeBoundGone(fixed);
	}

	@Test
	void chineseKeywordsGetJiezhi() {
		String text = """
				方案 P "服务提升" {
				    周期 自 2026-03-01 至 2026-12-31
				    目标 G1 "降低客户投诉率" {
				        具体 "在12个基层供电所推行服务标准化"
				        // 截止日期待定
				    }
				}
				""";
		String fixed = fix(text, "G1");
		assertEquals(text.replace("// 截止日期待定\n    }", "// 截止日期待定\n        截止 2026-12-31\n    }"), fixed);
		assertTimeBoundGone(fixed);
		assertEquals("添加截止日期 2026-12-31（方案周期的最后一天）", actions(text, "G1").get(0).getTitle());
	}

	@Test
	void anEmptyGoalBlockOnOneLineIsOpenedUp() {
		String text = "plan P \"t\" {\n    period from 2026-03-01 to 2026-12-31\n    goal G1 \"x\" { level organization }\n}\n";
		String fixed = fix(text, "G1");
		assertEquals("plan P \"t\" {\n    period from 2026-03-01 to 2026-12-31\n"
				+ "    goal G1 \"x\" { level organization\n        due 2026-12-31\n    }\n}\n", fixed);
		assertTimeBoundGone(fixed);
	}

	@Test
	void aDueOutsideThePeriodMovesToThePeriodsEnd() {
		String text = """
				plan P "t" {
				    period from 2026-03-01 to 2026-12-31
				    goal G2 "提升技能" {
				        due 2027-01-15
				    }
				}
				""";
		String fixed = fix(text, "2027-01-15");
		assertEquals(text.replace("due 2027-01-15", "due 2026-12-31"), fixed);
		assertTimeBoundGone(fixed);
		assertEquals("将截止日期改为 2026-12-31（方案周期的最后一天）", actions(text, "2027-01-15").get(0).getTitle());
	}

	@Test
	void anImpossibleDueIsReplacedNotDuplicated() {
		String text = "plan P \"t\" {\n    period from 2026-01-01 to 2026-06-30\n    goal G1 \"x\" {\n        due 2026-02-30\n    }\n}\n";
		assertEquals(text.replace("2026-02-30", "2026-06-30"), fix(text, "G1"));
	}

	@Test
	void noFixWithoutAPeriodOrWhenTheDueIsFine() {
		String withoutPeriod = "plan P \"t\" {\n    goal G1 \"x\" {\n    }\n}\n";
		assertEquals(List.of(), actions(withoutPeriod, "G1"));
		String fine = "plan P \"t\" {\n    period from 2026-01-01 to 2026-06-30\n    goal G1 \"x\" {\n        due 2026-06-01\n    }\n}\n";
		assertEquals(List.of(), actions(fine, "G1"));
	}

	@Test
	void notOfferedOutsideAGoal() {
		String text = "plan P \"t\" {\n    period from 2026-01-01 to 2026-06-30\n}\n";
		assertTrue(actions(text, "P").isEmpty());
	}
}
