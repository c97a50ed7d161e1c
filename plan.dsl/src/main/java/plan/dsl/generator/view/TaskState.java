package plan.dsl.generator.view;

/** The columns of the task board, in board order. */
public enum TaskState {
	PLANNED, ACTIVE, DONE, LATE, CANCELLED;

	/** The message key of the column heading. */
	public String key() {
		return "dashboard.state." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
