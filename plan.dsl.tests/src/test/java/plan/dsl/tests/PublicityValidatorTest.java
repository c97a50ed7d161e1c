package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static plan.dsl.validation.PlanIssueCodes.PUBLICITY_OUTSIDE_PERIOD;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PublicityValidator: stages inside the period. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class PublicityValidatorTest extends TimelineTestSupport {

	@Test
	void stageAfterThePeriodIsAnErrorOnItsLine() {
		String src = plan("""
				    team { person X "x" }
				    publicity {
				        stage "年终回顾" from 2026-12-15 to 2027-01-10 via 内网 owner X "回顾"
				    }
				""");
		Issue issue = assertIssue(validate(src), PUBLICITY_OUTSIDE_PERIOD, Severity.ERROR, line(src, "年终回顾"));
		assertTrue(issue.getMessage().contains("宣传环节“年终回顾”"), issue.getMessage());
	}

	@Test
	void stagesInsideThePeriodOrDuringAPhaseAreFine() {
		String src = plan("""
				    team { person X "x" }
				    phase P1 "a" from 2026-01-01 to 2026-03-31
				    publicity {
				        stage "启动" during P1 via 内网 owner X "动员"
				        stage "年终" from 2026-12-01 to 2026-12-31 via 内网 owner X "回顾"
				    }
				""");
		assertNoIssue(validate(src), PUBLICITY_OUTSIDE_PERIOD);
	}
}
