package plan.dsl.ui.language;

import org.eclipse.xtext.ide.server.ILanguageServerAccess;

import plan.dsl.ide.server.PlanLanguageServer;

/**
 * The language server of the {@code .plan} language, run inside Eclipse and called directly (no JSON, no
 * stream): the editor asks it what VS Code asks it, so both front ends show the same proposals, diagnostics,
 * hovers and fixes. It also lends its read access to the parsed documents, for the services LSP has no
 * request for here (semantic highlighting).
 */
public class InProcessPlanServer extends PlanLanguageServer {

	public ILanguageServerAccess access() {
		return getLanguageServerAccess();
	}
}
