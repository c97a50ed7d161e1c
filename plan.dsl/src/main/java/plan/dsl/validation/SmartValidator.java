package plan.dsl.validation;

/** Rules of this area; see PlanValidator. */
public class SmartValidator extends PlanCheckBase {
}
