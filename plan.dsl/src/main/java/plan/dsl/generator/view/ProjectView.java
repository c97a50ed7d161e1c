package plan.dsl.generator.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project as every output shows it. {@code start}/{@code end} are the effective dates ({@code null}
 * when unknown), {@code progress} is in percent or {@code null} when nothing was reported, {@code after}
 * names the projects it depends on, {@code chainIndex} is its place on the critical chain (0 first, -1 when
 * it is not on it).
 */
public record ProjectView(String name, String title, String owner, LocalDate start, LocalDate end,
		TaskState state, BigDecimal progress, int chainIndex, boolean featured, String deliverable,
		List<String> after, Amount budget) {

	public boolean critical() {
		return chainIndex >= 0;
	}

	public boolean hasDates() {
		return start != null && end != null && !end.isBefore(start);
	}
}
