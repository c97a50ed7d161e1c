package plan.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of validation. The rules live in one class per area (named for the area), composed here;
 * every rule reports a stable code from {@link PlanIssueCodes} with a message in the plan's language.
 */
@ComposedChecks(validators = {
		CompletenessValidator.class,
		SmartValidator.class,
		NameValidator.class,
		TimelineValidator.class,
		CriteriaValidator.class,
		BudgetValidator.class,
		PublicityValidator.class,
		ApprovalValidator.class,
		TrackingValidator.class,
		PlaceholderValidator.class })
public class PlanValidator extends AbstractPlanValidator {
}
