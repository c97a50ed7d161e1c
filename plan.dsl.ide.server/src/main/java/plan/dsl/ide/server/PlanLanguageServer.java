package plan.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

import plan.dsl.validation.PlanIssueCodes;

/**
 * Xtext's language server, with diagnostics as every front end of the language shows them: syntax errors
 * carry the stable code {@code syntax.error} instead of the parser's internal one, and every diagnostic names
 * its source, so an editor shows {@code plan(smart.relevant)}. A request for a method nobody implements gets
 * the protocol's "method not found" rather than an internal error.
 */
public class PlanLanguageServer extends LanguageServerImpl {

	static final String SOURCE = "plan";

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		if (issue.isSyntaxError()) {
			diagnostic.setCode(Either.forLeft(PlanIssueCodes.SYNTAX_ERROR));
		}
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!supportedMethods().containsKey(method)) {
			throw new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method '" + method + "'", null));
		}
		return super.request(method, parameter);
	}
}
