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
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/** smart.* diagnostics: each rule fires where it should, on the right line, and stays silent otherwise. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class SmartValidatorTest {

	private static final String BODY = SmartTestSupport.SMART_GOAL_BODY;

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private ValidationTestHelper validator;

	private List<Issue> validate(String text) throws Exception {
		return validator.validate(parser.parse(text));
	}

	/** The single issue with {@code code} of the draft goal plan with {@code body}. */
	private Issue single(String body, String code) throws Exception {
		return SmartTestSupport.single(validate(SmartTestSupport.goalPlan("draft", body)), code);
	}

	private static int goalLine() {
		return SmartTestSupport.line(SmartTestSupport.goalPlan("draft", BODY), "goal G1");
	}

	@Test
	void smartGoalInACompletePlanHasNoIssues() throws Exception {
		assertEquals(List.of(), validate(SmartTestSupport.goalPlan("draft", BODY)));
		assertEquals(List.of(), validate(SmartTestSupport.goalPlan("review", BODY)));
	}

	@Test
	void missingSpecificIsReportedOnTheGoalName() throws Exception {
		Issue issue = single(BODY.replace("specific \"在12个基层供电所推行服务标准化，压降客户投诉\"", ""),
				PlanIssueCodes.SMART_SPECIFIC);
		assertEquals(goalLine(), issue.getLineNumber());
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals("目标 G1“降低投诉”尚缺具体内容（S）：请写 specific \"由谁、在哪里、做什么\"", issue.getMessage());
		assertEquals(List.of("SPECIFIC_MISSING"), List.of(issue.getData()));
	}

	@Test
	void tooShortSpecificIsReportedOnItsLine() throws Exception {
		String body = BODY.replace("在12个基层供电所推行服务标准化，压降客户投诉", "加强");
		Issue issue = single(body, PlanIssueCodes.SMART_SPECIFIC);
		assertEquals(SmartTestSupport.line(SmartTestSupport.goalPlan("draft", body), "specific \"加强\""),
				issue.getLineNumber());
		assertTrue(issue.getMessage().contains("“加强”过于简略"), issue.getMessage());
	}

	@Test
	void genericSpecificSaysSo() throws Exception {
		Issue issue = single(BODY.replace("在12个基层供电所推行服务标准化，压降客户投诉", "进一步加强各项工作"),
				PlanIssueCodes.SMART_SPECIFIC);
		assertTrue(issue.getMessage().contains("“进一步加强各项工作”只有“加强、提升”一类泛泛的说法"), issue.getMessage());
		assertEquals(List.of("SPECIFIC_GENERIC"), List.of(issue.getData()));
	}

	@Test
	void missingMeasureIsReportedOnTheGoalName() throws Exception {
		Issue issue = single(BODY.replace("measure \"客户投诉率\" from 5.2 % to 3.0 %", ""),
				PlanIssueCodes.SMART_MEASURABLE);
		assertEquals(goalLine(), issue.getLineNumber());
		assertTrue(issue.getMessage().contains("measure \"指标\" from 基线值 to 目标值"), issue.getMessage());
	}

	@Test
	void measureByAnUnknownCriterionIsOnlyAReferenceError() throws Exception {
		List<Issue> issues = validate(SmartTestSupport.goalPlan("draft",
				BODY.replace("measure \"客户投诉率\" from 5.2 % to 3.0 %", "measure \"口碑\" by K9")));
		assertEquals(List.of(), SmartTestSupport.withCode(issues, PlanIssueCodes.SMART_MEASURABLE));
		SmartTestSupport.single(issues, PlanIssueCodes.REFERENCE_UNRESOLVED);
	}

	@Test
	void missingOwnerIsNotAchievable() throws Exception {
		Issue issue = single(BODY.replace("owner 李娜", ""), PlanIssueCodes.SMART_ACHIEVABLE);
		assertEquals(goalLine(), issue.getLineNumber());
		assertEquals(List.of("OWNER_MISSING"), List.of(issue.getData()));
	}

	@Test
	void goalNoProjectSupportsIsNotAchievable() throws Exception {
		List<Issue> issues = validate(SmartTestSupport.goalPlan("draft", BODY, ""));
		Issue issue = SmartTestSupport.single(issues, PlanIssueCodes.SMART_ACHIEVABLE);
		assertEquals(goalLine(), issue.getLineNumber());
		assertEquals("目标 G1“降低投诉”尚无项目支撑（A）：请在至少一个项目中写 supports G1", issue.getMessage());
	}

	@Test
	void unknownOwnerIsOnlyAReferenceError() throws Exception {
		List<Issue> issues = validate(SmartTestSupport.goalPlan("draft", BODY.replace("owner 李娜", "owner 王五")));
		assertEquals(List.of(), SmartTestSupport.withCode(issues, PlanIssueCodes.SMART_ACHIEVABLE));
		assertEquals(Severity.ERROR, SmartTestSupport.single(issues, PlanIssueCodes.REFERENCE_UNRESOLVED).getSeverity());
	}

	@Test
	void unlinkedGoalIsNotRelevant() throws Exception {
		Issue issue = single(BODY.replace("addresses C1", ""), PlanIssueCodes.SMART_RELEVANT);
		assertEquals(goalLine(), issue.getLineNumber());
		assertTrue(issue.getMessage().contains("addresses C1"), issue.getMessage());
	}

	@Test
	void goalSupportingAnotherGoalIsRelevant() throws Exception {
		String text = SmartTestSupport.goalPlan("draft", BODY.replace("addresses C1", "supports G0"))
				.replace("    goal G1", "    goal G0 \"总目标\" {\n" + BODY + "\n    }\n    goal G1")
				.replace("supports G1\n", "supports G0, G1\n");
		assertEquals(List.of(), validate(text));
	}

	@Test
	void missingDueIsReportedOnTheGoalName() throws Exception {
		Issue issue = single(BODY.replace("due 2026-11-30", ""), PlanIssueCodes.SMART_TIME_BOUND);
		assertEquals(goalLine(), issue.getLineNumber());
		assertEquals(List.of("DUE_MISSING"), List.of(issue.getData()));
	}

	@Test
	void dueOutsideThePeriodIsReportedOnTheDueLine() throws Exception {
		String body = BODY.replace("due 2026-11-30", "due 2027-01-15");
		Issue issue = single(body, PlanIssueCodes.SMART_TIME_BOUND);
		assertEquals(SmartTestSupport.line(SmartTestSupport.goalPlan("draft", body), "due 2027-01-15"),
				issue.getLineNumber());
		assertEquals("目标 G1“降低投诉”的截止日期 2027-01-15 不在方案周期（2026-01-01 至 2026-12-31）内（T）：请改为周期内的日期",
				issue.getMessage());
	}

	@Test
	void impossibleDueDateIsNotASmartIssue() throws Exception {
		List<Issue> issues = validate(SmartTestSupport.goalPlan("draft", BODY.replace("2026-11-30", "2026-02-30")));
		assertEquals(List.of(), SmartTestSupport.withCode(issues, PlanIssueCodes.SMART_TIME_BOUND));
	}

	@ParameterizedTest
	@ValueSource(strings = { "review", "approved", "running", "closed" })
	void fromReviewOnMissingQualitiesAreErrors(String status) throws Exception {
		List<Issue> issues = validate(SmartTestSupport.goalPlan(status, BODY.replace("due 2026-11-30", "")));
		assertEquals(Severity.ERROR, SmartTestSupport.single(issues, PlanIssueCodes.SMART_TIME_BOUND).getSeverity());
	}

	@Test
	void inDraftTheSameGapsAreWarnings() throws Exception {
		List<Issue> draft = validate(SmartTestSupport.goalPlan("draft", "", ""));
		List<Issue> review = validate(SmartTestSupport.goalPlan("review", "", ""));
		List<String> codes = List.of(PlanIssueCodes.SMART_SPECIFIC, PlanIssueCodes.SMART_MEASURABLE,
				PlanIssueCodes.SMART_ACHIEVABLE, PlanIssueCodes.SMART_ACHIEVABLE, PlanIssueCodes.SMART_RELEVANT,
				PlanIssueCodes.SMART_TIME_BOUND);
		assertEquals(codes, draft.stream().map(Issue::getCode).toList());
		assertTrue(draft.stream().allMatch(i -> i.getSeverity() == Severity.WARNING), draft.toString());
		assertEquals(codes, review.stream().map(Issue::getCode).toList());
		assertTrue(review.stream().allMatch(i -> i.getSeverity() == Severity.ERROR), review.toString());
	}

	@Test
	void planWithoutStatusIsADraft() throws Exception {
		String text = SmartTestSupport.goalPlan("draft", BODY.replace("due 2026-11-30", "")).replace("    status draft\n", "");
		assertEquals(Severity.WARNING, SmartTestSupport.single(validate(text), PlanIssueCodes.SMART_TIME_BOUND).getSeverity());
	}

	@Test
	void englishPlanGetsEnglishMessages() throws Exception {
		String text = SmartTestSupport.goalPlan("draft", BODY.replace("due 2026-11-30", ""))
				.replace("    kind project\n", "    kind project\n    language en\n");
		assertEquals("Goal G1 \"降低投诉\" has no deadline (T): add due with a date inside the plan period (due yyyy-MM-dd)",
				SmartTestSupport.single(validate(text), PlanIssueCodes.SMART_TIME_BOUND).getMessage());
	}
}
