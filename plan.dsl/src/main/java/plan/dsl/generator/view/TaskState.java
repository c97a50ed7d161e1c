package plan.dsl.generator.view;

import java.util.Locale;

/** The columns of the task board, in board order. */
public enum TaskState {
	PLANNED, ACTIVE, DONE, LATE, CANCELLED;

	/** The name used in CSS classes, e.g. {@code state-late}. */
	public String cssName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The message key of the column heading. */
	public String key() {
		return "dashboard.state." + cssName();
	}
}
