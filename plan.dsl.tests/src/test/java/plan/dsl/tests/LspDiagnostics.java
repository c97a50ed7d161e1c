package plan.dsl.tests;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** LSP diagnostics in the corpus's terms: 1-based line, severity word, stable code. */
final class LspDiagnostics {

	private LspDiagnostics() {
	}

	static List<ExpectedDiagnostics.Diagnostic> toCorpus(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(LspDiagnostics::toCorpus).toList();
	}

	static ExpectedDiagnostics.Diagnostic toCorpus(Diagnostic diagnostic) {
		return new ExpectedDiagnostics.Diagnostic(diagnostic.getRange().getStart().getLine() + 1,
				severity(diagnostic.getSeverity()), code(diagnostic), message(diagnostic));
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? "(no code)" : diagnostic.getCode().getLeft();
	}

	/** Every diagnostic as {@code line:col-line:col severity code message}, sorted: for comparing publications. */
	static List<String> describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + "-"
				+ d.getRange().getEnd().getLine() + ":" + d.getRange().getEnd().getCharacter() + " " + severity(d.getSeverity())
				+ " " + code(d) + " " + message(d)).sorted().toList();
	}

	/** The message text (lsp4j 1.0 allows Markdown messages; this server sends plain text). */
	static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
	}

	private static String severity(DiagnosticSeverity severity) {
		return switch (severity) {
		case Error -> "error";
		case Warning -> "warning";
		case Information -> "info";
		case Hint -> "hint";
		};
	}
}
