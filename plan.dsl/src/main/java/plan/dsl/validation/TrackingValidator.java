package plan.dsl.validation;

/** Rules of this area; see PlanValidator. */
public class TrackingValidator extends PlanCheckBase {
}
