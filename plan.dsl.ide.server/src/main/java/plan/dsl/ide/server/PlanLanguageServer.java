package plan.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SignatureHelpOptions;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import plan.dsl.ide.hover.CodeExplanation;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/**
 * Xtext's language server, with diagnostics as every front end of the language shows them: syntax errors
 * carry the stable code {@code syntax.error} instead of the parser's internal one, and every diagnostic names
 * its source, so an editor shows {@code plan(smart.relevant)}; hovering diagnosed text explains its code.
 * A request for a method nobody implements gets the protocol's "method not found", not an internal error.
 */
public class PlanLanguageServer extends LanguageServerImpl {

	@Inject
	private PublishedIssues publishedIssues;

	@Inject
	private DeferredBuild deferredBuild;

	static final String SOURCE = "plan";

	/** No signature help: a plan has no calls, and clients would ask for it at every comma typed. */
	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSignatureHelpProvider((SignatureHelpOptions) null);
		return capabilities;
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		if (issue.isSyntaxError()) {
			diagnostic.setCode(Either.forLeft(PlanIssueCodes.SYNTAX_ERROR));
		}
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}

	/**
	 * Hover adds, over text that carries a diagnostic, what its code means, how to fix it and an example, in
	 * the plan's language.
	 */
	@Override
	protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
		Hover hover = super.hover(params, cancelIndicator);
		URI uri = getURI(params.getTextDocument());
		return getWorkspaceManager().doRead(uri, (document, resource) -> {
			if (document == null || resource == null) {
				return hover;
			}
			int offset = document.getOffSet(params.getPosition());
			List<Issue> issues = publishedIssues.at(uri, offset);
			PlanMessages messages = PlanMessages.of(resource.getContents().isEmpty()
					|| !(resource.getContents().get(0) instanceof Plan plan) ? null : plan);
			List<String> explanations = issues.stream().map(Issue::getCode).distinct()
					.map(code -> CodeExplanation.of(issueCode(code), messages)).filter(Objects::nonNull).toList();
			if (explanations.isEmpty()) {
				return hover;
			}
			return withExplanations(hover, explanations, document, issues.get(0));
		});
	}

	private static Hover withExplanations(Hover hover, List<String> explanations, Document document, Issue issue) {
		List<String> parts = new ArrayList<>();
		if (hover.getContents() != null && hover.getContents().isRight()
				&& !hover.getContents().getRight().getValue().isEmpty()) {
			parts.add(hover.getContents().getRight().getValue());
		}
		parts.addAll(explanations);
		Range range = hover.getRange() != null ? hover.getRange()
				: new Range(document.getPosition(issue.getOffset()), document.getPosition(issue.getOffset() + issue.getLength()));
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts)), range);
	}

	private static String issueCode(String code) {
		return org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC.equals(code) ? PlanIssueCodes.SYNTAX_ERROR : code;
	}

	/** Find references reads the index: edits not yet built into it are built first. */
	@Override
	public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
		deferredBuild.buildNow();
		return super.references(params);
	}

	/** Rename rewrites the references the index knows: edits not yet built into it are built first. */
	@Override
	public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
		deferredBuild.buildNow();
		return super.rename(params);
	}

	/** Workspace symbols come from the index: edits not yet built into it are built first. */
	@Override
	public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
			WorkspaceSymbolParams params) {
		deferredBuild.buildNow();
		return super.symbol(params);
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
