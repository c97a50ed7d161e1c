package plan.dsl.generator.view;

import java.time.LocalDate;
import java.util.List;

/** A phase with its milestones; dates are {@code null} when not real calendar days. */
public record PhaseView(String name, String title, LocalDate start, LocalDate end, List<MilestoneView> milestones) {

	public boolean hasDates() {
		return start != null && end != null && !end.isBefore(start);
	}

	public record MilestoneView(String name, String title, LocalDate date) {
	}
}
