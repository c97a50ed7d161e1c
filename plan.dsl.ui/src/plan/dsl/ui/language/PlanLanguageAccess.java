package plan.dsl.ui.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import plan.dsl.ide.server.PlanServerModule;

/**
 * The language services of {@code plan.dsl.ide}, as the Eclipse side calls them: one in-process
 * {@link InProcessPlanServer} over the folder of the Eclipse workspace. Requests wait a bounded time; a
 * request that fails or times out answers nothing (and is logged) instead of blocking the editor.
 */
public final class PlanLanguageAccess {

	private static final long TIMEOUT_SECONDS = 20;

	private final InProcessClient client = new InProcessClient();
	private final InProcessPlanServer server;
	private final AtomicInteger versions = new AtomicInteger();

	private PlanLanguageAccess(InProcessPlanServer server) {
		this.server = server;
	}

	/** Starts the server on {@code workspaceFolder}; the languages are found through this bundle's class loader. */
	public static PlanLanguageAccess start(Path workspaceFolder) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(PlanLanguageAccess.class.getClassLoader());
		try {
			Injector injector = Guice.createInjector(Modules.override(new PlanServerModule())
					.with(binder -> binder.bind(LanguageServerImpl.class).to(InProcessPlanServer.class)));
			PlanLanguageAccess access = new PlanLanguageAccess((InProcessPlanServer) injector.getInstance(LanguageServerImpl.class));
			access.server.connect(access.client);
			InitializeParams params = new InitializeParams();
			String root = DocumentUris.of(workspaceFolder);
			params.setRootUri(root);
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(root, workspaceFolder.getFileName().toString())));
			params.setCapabilities(capabilities());
			access.await(access.server.initialize(params));
			access.server.initialized(new InitializedParams());
			return access;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		CompletionItemCapabilities item = new CompletionItemCapabilities(true);
		text.setCompletion(new CompletionCapabilities(item));
		text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN), false));
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setCodeAction(new CodeActionCapabilities(
				new CodeActionLiteralSupportCapabilities(new CodeActionKindCapabilities(List.of("quickfix"))), false));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		return capabilities;
	}

	public void shutdown() {
		await(server.shutdown());
		server.exit();
	}

	public void addDiagnosticsListener(DiagnosticsListener listener) {
		client.addListener(listener);
	}

	public void removeDiagnosticsListener(DiagnosticsListener listener) {
		client.removeListener(listener);
	}

	/** The diagnostics last published for {@code uri} (every file of the workspace gets them, open or not). */
	public List<Diagnostic> diagnostics(String uri) {
		return client.diagnostics(uri);
	}

	public void opened(String uri, String text) {
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", versions.incrementAndGet(), text)));
	}

	public void changed(String uri, String text) {
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, versions.incrementAndGet()),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	public void saved(String uri) {
		server.didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	public void closed(String uri) {
		server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	/** Files changed, added or removed on disk (not through an open editor). */
	public void filesChanged(List<String> changedUris, List<String> deletedUris) {
		List<FileEvent> events = new ArrayList<>();
		changedUris.forEach(uri -> events.add(new FileEvent(uri, FileChangeType.Changed)));
		deletedUris.forEach(uri -> events.add(new FileEvent(uri, FileChangeType.Deleted)));
		if (!events.isEmpty()) {
			server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
		}
	}

	public List<CompletionItem> completion(String uri, Position position) {
		var answer = await(server.completion(new CompletionParams(new TextDocumentIdentifier(uri), position)));
		if (answer == null) {
			return List.of();
		}
		return answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
	}

	public Hover hover(String uri, Position position) {
		return await(server.hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
	}

	public List<Location> definition(String uri, Position position) {
		var answer = await(server.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position)));
		if (answer == null) {
			return List.of();
		}
		return answer.isLeft() ? List.copyOf(answer.getLeft())
				: answer.getRight().stream().map(link -> new Location(link.getTargetUri(), link.getTargetSelectionRange())).toList();
	}

	public List<DocumentSymbol> outline(String uri) {
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> answer = await(
				server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
		return answer == null ? List.of() : answer.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	public List<FoldingRange> folding(String uri) {
		List<FoldingRange> answer = await(server.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
		return answer == null ? List.of() : answer;
	}

	public List<TextEdit> format(String uri, int tabSize) {
		List<? extends TextEdit> answer = await(server.formatting(
				new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(tabSize, true))));
		return answer == null ? List.of() : List.copyOf(answer);
	}

	/** The quick fixes the server offers for {@code diagnostic} (as it published it). */
	public List<CodeAction> fixes(String uri, Diagnostic diagnostic) {
		Range range = diagnostic.getRange();
		CodeActionContext context = new CodeActionContext(List.of(diagnostic));
		List<Either<Command, CodeAction>> answer = await(
				server.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context)));
		return answer == null ? List.of() : answer.stream().filter(Either::isRight).map(Either::getRight)
				.filter(action -> action.getEdit() != null).toList();
	}

	/** Runs a command of the server ({@code workspace/executeCommand}), e.g. {@code plan.generate}. */
	public Object execute(String command, List<Object> arguments) {
		return await(server.executeCommand(new org.eclipse.lsp4j.ExecuteCommandParams(command, arguments)));
	}

	/** The semantic highlighting of the document as the server holds it (unsaved changes included). */
	public List<HighlightedRange> highlighting(String uri) {
		CompletableFuture<List<HighlightedRange>> ranges = server.access().doRead(uri, context -> {
			List<HighlightedRange> found = new ArrayList<>();
			if (context.getResource() instanceof XtextResource resource) {
				ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider()
						.get(ISemanticHighlightingCalculator.class);
				calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
					for (String style : styles) {
						found.add(new HighlightedRange(offset, length, style));
					}
				}, context.getCancelChecker());
			}
			return found;
		});
		List<HighlightedRange> answer = await(ranges);
		return answer == null ? List.of() : answer;
	}

	private <T> T await(CompletableFuture<T> future) {
		try {
			return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (Exception e) {
			ILog.of(PlanLanguageAccess.class).warn("plan language server: " + e.getMessage(), e);
			return null;
		}
	}
}
