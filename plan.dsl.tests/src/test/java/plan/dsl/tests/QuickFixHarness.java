package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assumptions;

import com.google.inject.Injector;

import plan.dsl.validation.PlanIssueCodes;

/**
 * Runs the language's code actions on a text the way the language server does — {@code ICodeActionService2}
 * from the IDE injector, a diagnostic converted from an {@link Issue} as {@code LanguageServerImpl} converts
 * it — and applies the resulting edit with LSP semantics. Then parses and validates the result.
 */
final class QuickFixHarness {

	static final URI URI_OF_PLAN = URI.createURI("file:///quickfix/test.plan");

	private final Injector injector;

	QuickFixHarness(Injector injector) {
		this.injector = injector;
	}

	XtextResource parse(String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI_OF_PLAN);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** An issue as a validator reports it, on the first occurrence of {@code marker} in {@code text}. */
	static Issue issue(String text, String code, String marker, String... data) {
		int offset = text.indexOf(marker);
		assertTrue(offset >= 0, "marker not in text: " + marker);
		Document document = new Document(1, text);
		Position start = document.getPosition(offset);
		Position end = document.getPosition(offset + marker.length());
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		issue.setSeverity(Severity.ERROR);
		issue.setMessage("(test) " + code);
		issue.setOffset(offset);
		issue.setLength(marker.length());
		issue.setLineNumber(start.getLine() + 1);
		issue.setColumn(start.getCharacter() + 1);
		issue.setLineNumberEnd(end.getLine() + 1);
		issue.setColumnEnd(end.getCharacter() + 1);
		issue.setData(data.length == 0 ? null : data);
		return issue;
	}

	/** The diagnostic the language server publishes for {@code issue} (as {@code LanguageServerImpl.toDiagnostic}). */
	static Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(issue.getCode());
		diagnostic.setData(issue.getData());
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		diagnostic.setRange(new Range(
				new Position(Math.max(0, issue.getLineNumber() - 1), Math.max(0, issue.getColumn() - 1)),
				new Position(Math.max(0, issue.getLineNumberEnd() - 1), Math.max(0, issue.getColumnEnd() - 1))));
		return diagnostic;
	}

	/** The code actions offered for {@code diagnostic} on {@code text}. */
	List<CodeAction> codeActions(String text, Diagnostic diagnostic) {
		XtextResource resource = parse(text);
		Document document = new Document(1, text);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setURI(URI_OF_PLAN.toString());
		options.setLanguageServerAccess(new SingleDocumentAccess(resource, document));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI_OF_PLAN.toString()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));
		return injector.getInstance(ICodeActionService2.class).getCodeActions(options).stream()
				.map(Either::getRight).toList();
	}

	/** Applies the only fix offered for {@code issue} and returns the new text. */
	String fix(String text, Issue issue) {
		return fix(text, toDiagnostic(issue));
	}

	String fix(String text, Diagnostic diagnostic) {
		List<CodeAction> actions = codeActions(text, diagnostic);
		assertEquals(1, actions.size(), () -> "one fix expected, got " + actions.stream().map(CodeAction::getTitle).toList());
		return apply(text, actions.get(0));
	}

	/** Applies the action's edits, all relative to the original text as LSP requires. */
	static String apply(String text, CodeAction action) {
		Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
		assertEquals(List.of(URI_OF_PLAN.toString()), List.copyOf(changes.keySet()));
		Document document = new Document(1, text);
		StringBuilder result = new StringBuilder(text);
		changes.get(URI_OF_PLAN.toString()).stream()
				.sorted(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed())
				.forEach(edit -> result.replace(document.getOffSet(edit.getRange().getStart()),
						document.getOffSet(edit.getRange().getEnd()), edit.getNewText()));
		return result.toString();
	}

	/** All issues of {@code text}: syntax, linking and validation, as {@code plan validate} sees them. */
	List<Issue> validate(String text) {
		return injector.getInstance(IResourceValidator.class).validate(parse(text), CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/**
	 * The issues with {@code code} that validation reports on {@code text}; the test is skipped while no
	 * validator reports that code (the validators are merged from other branches).
	 */
	List<Issue> reported(String text, String code) {
		List<Issue> issues = validate(text).stream().filter(issue -> code.equals(code(issue))).toList();
		Assumptions.assumeFalse(issues.isEmpty(), () -> "no validator reports " + code + " yet");
		return issues;
	}

	/** Codes of the issues of {@code text}; unresolved names count as {@code reference.unresolved} whatever code
	 * linking gives them, and syntax errors as {@code syntax.error}. */
	List<String> codes(String text) {
		return validate(text).stream().map(QuickFixHarness::code).toList();
	}

	private static String code(Issue issue) {
		if (issue.isSyntaxError()) {
			return PlanIssueCodes.SYNTAX_ERROR;
		}
		return org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(issue.getCode())
				? PlanIssueCodes.REFERENCE_UNRESOLVED : issue.getCode();
	}

	/** Asserts that {@code text} parses and links: no syntax error, no unresolved name. */
	void assertParsesAndLinks(String text) {
		List<String> codes = codes(text);
		assertTrue(!codes.contains(PlanIssueCodes.SYNTAX_ERROR), () -> "syntax errors in:\n" + text + "\n" + validate(text));
		assertTrue(!codes.contains(PlanIssueCodes.REFERENCE_UNRESOLVED),
				() -> "unresolved names in:\n" + text + "\n" + validate(text));
	}

	/**
	 * The language server's view of one open document. Code actions read the document and reload the resource
	 * through a live-scope resource set; nothing else is used.
	 */
	private record SingleDocumentAccess(XtextResource resource, Document document) implements ILanguageServerAccess {

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
		}

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			return CompletableFuture.completedFuture(doSyncRead(uri, function));
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return resource.getResourceSet();
		}

		@Override
		public InitializeParams getInitializeParams() {
			return new InitializeParams();
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			throw new UnsupportedOperationException("code actions do not read the index");
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
			throw new UnsupportedOperationException("code actions do not listen to builds");
		}

		@Override
		public LanguageClient getLanguageClient() {
			throw new UnsupportedOperationException("code actions do not talk to the client");
		}

		@Override
		public InitializeResult getInitializeResult() {
			throw new UnsupportedOperationException("code actions do not read the server's capabilities");
		}
	}
}
