package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plan.dsl.validation.PlanIssueCodes.PLACEHOLDER_UNFILLED;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PlaceholderValidator: a skeleton's placeholder is flagged where it stands until the author replaces it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class PlaceholderValidatorTest extends TimelineTestSupport {

	@Test
	void placeholderTextInADraftIsAWarningNamingIt() {
		String src = plan("""
				    project A1 "Volunteer service" {
				        deliverable "(what the project delivers)"
				        standard "（请写明评估标准）"
				    }
				""");
		Issue english = assertIssue(validate(src), PLACEHOLDER_UNFILLED, Severity.WARNING, line(src, "deliverable"));
		// the message is in the plan's language (zh by default), whichever language the placeholder is in
		assertEquals("“(what the project delivers)”是模板留下的占位文字：请改为实际内容", english.getMessage());
		assertIssue(validate(src), PLACEHOLDER_UNFILLED, Severity.WARNING, line(src, "standard"));
		assertEquals(2, count(validate(src), PLACEHOLDER_UNFILLED));
	}

	@Test
	void fromReviewOnAPlaceholderIsAnError() {
		String src = plan("    status review\n    language en", """
				    theme "(write the campaign theme)"
				""");
		Issue issue = assertIssue(validate(src), PLACEHOLDER_UNFILLED, Severity.ERROR, line(src, "theme"));
		assertEquals("\"(write the campaign theme)\" is a placeholder left by the skeleton: replace it with the real text",
				issue.getMessage());
	}

	@Test
	void placeholderNamesAndChannelsAreFlaggedWhereDeclaredOnly() {
		String src = plan("""
				    team {
				        person LeaderTBD "Branch secretary" role leader
				    }
				    publicity {
				        stage "Launch" from 2026-03-01 to 2026-03-31 via WeChat, 待定渠道 owner LeaderTBD "Posters and posts"
				    }
				""");
		assertIssue(validate(src), PLACEHOLDER_UNFILLED, Severity.WARNING, line(src, "person LeaderTBD"));
		assertIssue(validate(src), PLACEHOLDER_UNFILLED, Severity.WARNING, line(src, "stage \"Launch\""));
		assertEquals(2, count(validate(src), PLACEHOLDER_UNFILLED));
	}

	@Test
	void realTextIsNotFlagged() {
		String src = plan("""
				    project A1 "Volunteer service (pilot)" {
				        deliverable "(fill in) is what the old form said; this is a handbook for 12 branches"
				        standard "Handbook approved by the party committee"
				    }
				""");
		assertNoIssue(validate(src), PLACEHOLDER_UNFILLED);
	}
}
