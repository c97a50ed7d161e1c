package plan.dsl.cli;

import java.io.PrintWriter;
import java.util.List;

import plan.dsl.headless.PlanDiagnostic;

/** {@code file:line:column: severity code: message} lines and a summary, coloured on a terminal. */
final class HumanReport {

	private static final String RESET = "\u001B[0m";
	private final PrintWriter out;
	private final boolean colours;

	HumanReport(PrintWriter out, boolean colours) {
		this.out = out;
		this.colours = colours;
	}

	void print(List<PlanDiagnostic> diagnostics, int fileCount, boolean quiet) {
		for (PlanDiagnostic d : diagnostics) {
			out.println(d.file() + ":" + d.line() + ":" + d.column() + ": " + paint(d.severity()) + " " + d.code()
					+ ": " + d.message());
		}
		if (!quiet) {
			out.println(summary(diagnostics, fileCount));
		}
	}

	static String summary(List<PlanDiagnostic> diagnostics, int fileCount) {
		long errors = count(diagnostics, PlanDiagnostic.Severity.ERROR);
		long warnings = count(diagnostics, PlanDiagnostic.Severity.WARNING);
		long infos = count(diagnostics, PlanDiagnostic.Severity.INFO);
		return plural(fileCount, "file") + " checked: " + plural(errors, "error") + ", " + plural(warnings, "warning")
				+ ", " + plural(infos, "info") + ".";
	}

	private static long count(List<PlanDiagnostic> diagnostics, PlanDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	private static String plural(long n, String word) {
		return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
	}

	private String paint(PlanDiagnostic.Severity severity) {
		if (!colours) {
			return severity.label();
		}
		String colour = switch (severity) {
			case ERROR -> "\u001B[1;31m";
			case WARNING -> "\u001B[1;33m";
			case INFO -> "\u001B[1;36m";
		};
		return colour + severity.label() + RESET;
	}
}
