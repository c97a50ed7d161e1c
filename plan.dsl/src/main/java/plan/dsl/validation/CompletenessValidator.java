package plan.dsl.validation;

/** Rules of this area; see PlanValidator. */
public class CompletenessValidator extends PlanCheckBase {
}
