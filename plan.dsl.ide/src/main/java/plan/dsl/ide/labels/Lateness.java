package plan.dsl.ide.labels;

import java.util.EnumSet;
import java.util.Set;

import plan.dsl.facts.Schedule;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanStatus;
import plan.dsl.plan.Project;

/**
 * Whether to call a project late where people read it (hover, code lens): as the {@code tracking.late} rule
 * does, only once the plan is carried out ({@code running} or {@code closed}); a draft whose dates have passed
 * is being planned, not running late.
 */
public final class Lateness {

	private static final Set<PlanStatus> CARRIED_OUT = EnumSet.of(PlanStatus.RUNNING, PlanStatus.CLOSED);

	private Lateness() {
	}

	public static boolean isLate(Project project, Plan plan, Schedule schedule) {
		return CARRIED_OUT.contains(plan.getStatus()) && schedule.isLate(project);
	}
}
