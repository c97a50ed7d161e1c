package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plan.dsl.validation.PlanIssueCodes.APPROVAL_MISSING;
import static plan.dsl.validation.PlanIssueCodes.APPROVAL_ORDER;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ApprovalValidator: approved plans carry an approving round; rounds numbered and dated in order. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class ApprovalValidatorTest extends TimelineTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "approved", "running", "closed", "已批准" })
	void statusPastReviewWithoutApprovingRoundIsAnError(String status) {
		String src = plan("    status " + status, """
				    approval {
				        round 1 on 2025-12-01 by "board" decision revise "more detail"
				    }
				""");
		Issue issue = assertIssue(validate(src), APPROVAL_MISSING, Severity.ERROR, line(src, "status"));
		assertTrue(issue.getMessage().contains("方案 T"), issue.getMessage());
	}

	@Test
	void approvedPlanWithoutAnyApprovalSectionIsAnError() {
		String src = plan("    status approved", "");
		assertIssue(validate(src), APPROVAL_MISSING, Severity.ERROR, line(src, "status"));
	}

	@Test
	void approvingRoundSatisfiesRunningPlan() {
		String src = plan("    status running", """
				    approval {
				        round 1 on 2025-12-01 by "board" decision revise
				        round 2 on 2025-12-15 by "board" decision approved
				    }
				""");
		assertNoIssue(validate(src), APPROVAL_MISSING);
	}

	@Test
	void draftAndReviewNeedNoApproval() {
		assertNoIssue(validate(plan("    status draft", "")), APPROVAL_MISSING);
		assertNoIssue(validate(plan("    status review", "")), APPROVAL_MISSING);
	}

	@Test
	void roundNumberSkippingAheadIsAnErrorOnThatRoundOnly() {
		String src = plan("""
				    approval {
				        round 1 on 2025-12-01 by "board" decision revise
				        round 3 on 2025-12-15 by "board" decision revise
				        round 4 on 2025-12-20 by "board" decision approved
				    }
				""");
		List<Issue> issues = validate(src);
		Issue issue = assertIssue(issues, APPROVAL_ORDER, Severity.ERROR, line(src, "round 3"));
		assertTrue(issue.getMessage().contains("2"), issue.getMessage());
		assertEquals(1, count(issues, APPROVAL_ORDER));
	}

	@Test
	void firstRoundMustBeNumberOne() {
		String src = plan("""
				    approval {
				        round 2 on 2025-12-01 by "board" decision approved
				    }
				""");
		assertIssue(validate(src), APPROVAL_ORDER, Severity.ERROR, line(src, "round 2"));
	}

	@Test
	void roundDatedBeforeThePreviousOneIsAnError() {
		String src = plan("""
				    approval {
				        round 1 on 2025-12-15 by "board" decision revise
				        round 2 on 2025-12-01 by "board" decision approved
				    }
				""");
		assertIssue(validate(src), APPROVAL_ORDER, Severity.ERROR, line(src, "round 2"));
	}

	@Test
	void roundsNumberedAndDatedInOrderAreFine() {
		String src = plan("""
				    approval {
				        round 1 on 2025-12-01 by "board" decision revise
				        round 2 on 2025-12-01 by "council" decision approved
				    }
				""");
		assertNoIssue(validate(src), APPROVAL_ORDER);
	}
}
