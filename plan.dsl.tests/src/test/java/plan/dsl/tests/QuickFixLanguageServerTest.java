package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.inject.Guice;

import plan.dsl.validation.PlanIssueCodes;

/**
 * The quick fixes through the real language server (the language found through its {@code ISetup}, as an
 * editor finds it), with diagnostics that travel as JSON between client and server.
 */
class QuickFixLanguageServerTest {

	/** Serialises LSP messages exactly as the wire does. */
	private static final Gson WIRE = new MessageJsonHandler(Map.of()).getGson();

	@TempDir
	Path root;

	private LanguageServerImpl server;
	private final Map<String, CompletableFuture<List<Diagnostic>>> published = new ConcurrentHashMap<>();

	@BeforeEach
	void start() throws Exception {
		server = Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class);
		server.connect(new DiagnosticsClient());
		InitializeParams params = new InitializeParams();
		params.setRootUri(root.toUri().toString());
		server.initialize(params).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	@AfterEach
	void stop() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	private String open(String name, String text) {
		String uri = root.resolve(name).toUri().toString();
		published.computeIfAbsent(uri, u -> new CompletableFuture<>());
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", 1, text)));
		return uri;
	}

	private List<CodeAction> codeActions(String uri, Diagnostic diagnostic) throws Exception {
		Diagnostic travelled = WIRE.fromJson(WIRE.toJson(diagnostic), Diagnostic.class);
		return server.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), travelled.getRange(),
				new CodeActionContext(List.of(travelled)))).get(30, TimeUnit.SECONDS).stream().map(Either::getRight)
				.toList();
	}

	private static String applied(String text, String uri, CodeAction action) {
		Map<String, List<org.eclipse.lsp4j.TextEdit>> changes = action.getEdit().getChanges();
		// the harness applies edits keyed by its own URI; re-key this server's edit for it
		CodeAction rekeyed = new CodeAction(action.getTitle());
		rekeyed.setEdit(new org.eclipse.lsp4j.WorkspaceEdit(
				Map.of(QuickFixHarness.URI_OF_PLAN.toString(), changes.get(uri))));
		return QuickFixHarness.apply(text, rekeyed);
	}

	@Test
	void theServersOwnUnresolvedNameDiagnosticGetsTheDeclarePersonFix() throws Exception {
		String text = "方案 P \"服务提升\" {\n    目标 G1 \"降低投诉\" {\n        负责人 李娜\n    }\n}\n";
		String uri = open("person.plan", text);
		Diagnostic unresolved = published.get(uri).get(30, TimeUnit.SECONDS).stream()
				.filter(d -> d.getRange().getStart().equals(new Position(2, 12))).findFirst().orElseThrow();
		List<CodeAction> actions = codeActions(uri, unresolved);
		assertEquals(List.of("在团队中声明成员 李娜"), actions.stream().map(CodeAction::getTitle).toList());
		assertEquals(text.replace("    }\n}\n", "    }\n\n    团队 {\n        成员 李娜 \"（职务）\" 角色 组员\n    }\n}\n"),
				applied(text, uri, actions.get(0)));
	}

	@Test
	void missingSectionIdsSurviveTheJsonRoundTrip() throws Exception {
		String text = "plan P \"Fair\" {\n    kind activity\n    language en\n}\n";
		String uri = open("sections.plan", text);
		published.get(uri).get(30, TimeUnit.SECONDS);
		Issue issue = QuickFixHarness.issue(text, PlanIssueCodes.MISSING_SECTION, "P", "theme", "audience");
		List<CodeAction> actions = codeActions(uri, QuickFixHarness.toDiagnostic(issue));
		assertEquals(List.of("Add the missing sections: theme, audience"),
				actions.stream().map(CodeAction::getTitle).toList());
		assertEquals(text.replace("en\n}", "en\n\n    theme \"(write the campaign theme)\"\n\n"
				+ "    audience \"(who takes part, and in which units)\"\n}"), applied(text, uri, actions.get(0)));
	}

	/** Records the diagnostics the server publishes, per document. */
	private final class DiagnosticsClient implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.computeIfAbsent(diagnostics.getUri(), u -> new CompletableFuture<>())
					.complete(diagnostics.getDiagnostics());
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
