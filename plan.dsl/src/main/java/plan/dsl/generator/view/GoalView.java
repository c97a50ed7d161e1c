package plan.dsl.generator.view;

import java.time.LocalDate;
import java.util.List;

/**
 * A goal with its SMART result ({@code smartScore} 0–5, {@code missing} the letters it lacks, in S-M-A-R-T
 * order), its measure and what achieved it: the projects that support it and the background items it
 * addresses, by name.
 */
public record GoalView(String name, String title, String owner, LocalDate due, int smartScore,
		List<String> missing, MeasureView measure, List<String> supportingProjects, List<String> addresses) {

	/**
	 * {@code indicator} with baseline and target, or with the qualitative {@code criterion} it is judged by;
	 * {@code actual} from the plan's {@code results}, {@code null} when not reported yet.
	 */
	public record MeasureView(String indicator, Amount baseline, Amount target, String criterion, Amount actual) {
	}
}
