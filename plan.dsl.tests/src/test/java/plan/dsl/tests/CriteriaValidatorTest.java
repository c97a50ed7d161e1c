package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static plan.dsl.validation.PlanIssueCodes.CRITERIA_MISSING_TARGET;
import static plan.dsl.validation.PlanIssueCodes.CRITERIA_VAGUE_DESCRIPTION;
import static plan.dsl.validation.PlanIssueCodes.CRITERIA_WEIGHTS_SUM;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CriteriaValidator: weights sum to exactly 100 %, quantitative targets, descriptions of substance. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CriteriaValidatorTest extends TimelineTestSupport {

	@Test
	void weightsBelowHundredAreAnErrorOnTheCriteriaLine() {
		String src = plan("""
				    criteria {
				        criterion K1 "a" weight 50 % quantitative target >= 30 %
				        criterion K2 "b" weight 30 % qualitative "事迹真实可查，群众认可度高"
				    }
				""");
		Issue issue = assertIssue(validate(src), CRITERIA_WEIGHTS_SUM, Severity.ERROR, line(src, "criteria {"));
		assertTrue(issue.getMessage().contains("80 %") && issue.getMessage().contains("K1、K2"), issue.getMessage());
	}

	@Test
	void weightsAboveHundredAreAnError() {
		String src = plan("""
				    criteria {
				        criterion K1 "a" weight 70 % quantitative target >= 30 %
				        criterion K2 "b" weight 40 % quantitative target >= 3
				    }
				""");
		assertIssue(validate(src), CRITERIA_WEIGHTS_SUM, Severity.ERROR, line(src, "criteria {"));
	}

	@Test
	void decimalWeightsSummingToExactlyHundredAreFine() {
		String src = plan("""
				    criteria {
				        criterion K1 "a" weight 33.3 % quantitative target >= 1
				        criterion K2 "b" weight 33.3 % quantitative target >= 2
				        criterion K3 "c" weight 33.40 % quantitative target >= 3
				    }
				""");
		assertNoIssue(validate(src), CRITERIA_WEIGHTS_SUM);
	}

	@Test
	void quantitativeCriterionWithoutTargetIsAnError() {
		String src = plan("""
				    criteria {
				        criterion K1 "a" weight 100 % quantitative
				    }
				""");
		Issue issue = assertIssue(validate(src), CRITERIA_MISSING_TARGET, Severity.ERROR, line(src, "criterion K1"));
		assertTrue(issue.getMessage().contains("K1"), issue.getMessage());
	}

	@Test
	void quantitativeCriterionWithTargetIsFine() {
		String src = plan("""
				    criteria {
				        criterion K1 "a" weight 100 % quantitative target <= 5 points
				    }
				""");
		assertNoIssue(validate(src), CRITERIA_MISSING_TARGET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "draft", "review", "approved", "closed" })
	void vagueDescriptionIsAWarningAtEveryStatus(String status) {
		String src = plan("    status " + status, """
				    criteria {
				        criterion K1 "a" weight 100 % qualitative "好"
				    }
				""");
		Issue issue = assertIssue(validate(src), CRITERIA_VAGUE_DESCRIPTION, Severity.WARNING,
				line(src, "criterion K1"));
		assertTrue(issue.getMessage().contains("K1") && issue.getMessage().contains("“好”"), issue.getMessage());
	}

	@Test
	void shortEnglishDescriptionIsVague() {
		String src = plan("    language en", """
				    criteria {
				        criterion K1 "a" weight 100 % qualitative "Excellent."
				    }
				""");
		Issue issue = assertIssue(validate(src), CRITERIA_VAGUE_DESCRIPTION, Severity.WARNING,
				line(src, "criterion K1"));
		assertTrue(issue.getMessage().startsWith("The description of criterion K1"), issue.getMessage());
	}

	@Test
	void descriptionOfSubstanceIsNotVague() {
		String src = plan("""
				    criteria {
				        criterion K1 "a" weight 50 % qualitative "事迹真实可查，群众认可度高，具有示范和推广意义"
				        criterion K2 "b" weight 50 % qualitative "Each story is verified by two colleagues"
				    }
				""");
		assertNoIssue(validate(src), CRITERIA_VAGUE_DESCRIPTION);
	}
}
