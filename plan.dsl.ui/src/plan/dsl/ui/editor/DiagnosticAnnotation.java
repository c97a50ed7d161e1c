package plan.dsl.ui.editor;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.jface.text.source.Annotation;

/** A diagnostic of the language server shown while typing, carrying the diagnostic for its quick fixes. */
public class DiagnosticAnnotation extends Annotation {

	private final Diagnostic diagnostic;

	public DiagnosticAnnotation(Diagnostic diagnostic) {
		super(typeOf(diagnostic.getSeverity()), false, textOf(diagnostic));
		this.diagnostic = diagnostic;
	}

	public Diagnostic diagnostic() {
		return diagnostic;
	}

	public static String code(Diagnostic diagnostic) {
		Either<String, Integer> code = diagnostic.getCode();
		return code == null ? null : code.isLeft() ? code.getLeft() : String.valueOf(code.getRight());
	}

	/** The message as the Problems view and the language server's clients show it: message [code]. */
	public static String textOf(Diagnostic diagnostic) {
		String code = code(diagnostic);
		String message = diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
		return code == null ? message : message + " [" + code + "]";
	}

	private static String typeOf(DiagnosticSeverity severity) {
		if (severity == null || severity == DiagnosticSeverity.Error) {
			return "org.eclipse.ui.workbench.texteditor.error";
		}
		return severity == DiagnosticSeverity.Warning ? "org.eclipse.ui.workbench.texteditor.warning"
				: "org.eclipse.ui.workbench.texteditor.info";
	}
}
