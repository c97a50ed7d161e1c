package plan.dsl.validation;

import org.eclipse.xtext.validation.Check;

import plan.dsl.facts.Span;
import plan.dsl.plan.PlanPackage.Literals;
import plan.dsl.plan.Stage;

/** Publicity stages run inside the plan's period. */
public class PublicityValidator extends PlanCheckBase {

	/** Only own dates: a stage {@code during} a phase is as far inside as the phase, which is checked itself. */
	@Check
	public void checkStageInsidePeriod(Stage stage) {
		if (stage.getRange() == null) {
			return;
		}
		Span period = facts(stage).schedule().period();
		Span span = Span.of(stage.getRange());
		if (period.isValid() && span.isValid() && !period.contains(span)) {
			error(text(stage, "publicity.outside-period", stage.getTitle(), span.start(), span.end(), period.start(),
					period.end()), stage, Literals.STAGE__RANGE, PlanIssueCodes.PUBLICITY_OUTSIDE_PERIOD);
		}
	}
}
