package plan.dsl.headless;

import java.util.Comparator;

/**
 * One diagnostic as the command line, the Maven plugin and the JSON/SARIF outputs show it.
 * {@code file} is the path as the user gave it; line and column are 1-based.
 */
public record PlanDiagnostic(String file, int line, int column, Severity severity, String code, String message) {

	public enum Severity {
		ERROR, WARNING, INFO;

		/** The lower-case name used in every output ("error", "warning", "info"). */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Sorted by file, line, column — the order every output uses. */
	public static final Comparator<PlanDiagnostic> ORDER = Comparator.comparing(PlanDiagnostic::file)
			.thenComparingInt(PlanDiagnostic::line).thenComparingInt(PlanDiagnostic::column)
			.thenComparing(PlanDiagnostic::code, Comparator.nullsFirst(Comparator.naturalOrder()));
}
