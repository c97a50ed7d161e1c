package plan.dsl.ui.language;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

/** Hears the diagnostics the server publishes for one document (on the server's thread). */
@FunctionalInterface
public interface DiagnosticsListener {
	void published(String uri, List<Diagnostic> diagnostics);
}
