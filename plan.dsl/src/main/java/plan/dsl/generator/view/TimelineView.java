package plan.dsl.generator.view;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a timeline draws: the axis from {@code first} to {@code last} (both included), the reporting
 * date, phases with milestones and projects in written order.
 */
public record TimelineView(LocalDate first, LocalDate last, LocalDate asOf, List<PhaseView> phases,
		List<ProjectView> projects) {

	/** Whether there is an axis at all (a plan without any valid date has none). */
	public boolean hasAxis() {
		return first != null && last != null && !last.isBefore(first);
	}
}
