package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure an editor draws from the real server: the outline of the bundled Chinese activity plan, its
 * folding ranges and its semantic tokens.
 */
class LspDocumentStructureTest {

	@TempDir
	static Path workspace;

	private static LspServerProcess lsp;
	private static String uri;
	private static String text;

	@BeforeAll
	static void start() throws IOException {
		Path plan = Files.copy(CorpusFiles.bundledExamples().resolve("anquan-2026.plan"), workspace.resolve("anquan.plan"));
		text = Files.readString(plan, StandardCharsets.UTF_8);
		lsp = LspServerProcess.start(workspace);
		uri = lsp.open(plan);
		lsp.awaitDiagnostics(uri, d -> true);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		lsp.close();
	}

	@Test
	void outlineNestsSectionsAndNamedElementsUnderThePlan() {
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> answer = lsp.get(lsp.server()
				.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
		assertEquals(1, answer.size());
		DocumentSymbol plan = answer.get(0).getRight();
		assertEquals("AQ2026", plan.getName());
		assertEquals(SymbolKind.Module, plan.getKind());
		assertEquals("某市燃气集团2026年“安全生产月”活动方案", plan.getDetail());
		List<String> top = plan.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertEquals("背景", top.get(0), top::toString);
		assertTrue(top.containsAll(List.of("G1", "G2", "团队", "评选", "宣传", "保障")), top::toString);

		DocumentSymbol goal = child(plan, "G1");
		assertEquals(SymbolKind.Class, goal.getKind());
		assertEquals("压降第三方施工破坏管道事件", goal.getDetail());
		assertEquals(LspHoverAndLensTest.position(text, "目标 G1", "目标 ".length()), goal.getSelectionRange().getStart());
		assertEquals(LspHoverAndLensTest.position(text, "目标 G1", 0), goal.getRange().getStart());

		DocumentSymbol team = child(plan, "团队");
		assertEquals(SymbolKind.Namespace, team.getKind());
		DocumentSymbol person = team.getChildren().get(0);
		assertEquals(SymbolKind.Variable, person.getKind());
		assertTrue(!person.getDetail().isEmpty(), "a person's position is the detail");
		// measures, dates and budget items stay out of the outline
		assertTrue(flatten(plan).stream().noneMatch(s -> s.getName().isBlank()));
	}

	@Test
	void foldsTheHeaderCommentAndEveryBlockKeepingItsClosingBrace() {
		List<FoldingRange> ranges = lsp.get(lsp.server().getTextDocumentService()
				.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
		List<String> lines = text.lines().toList();
		FoldingRange header = ranges.get(0);
		assertEquals(List.of(0, 2, "comment"), List.of(header.getStartLine(), header.getEndLine(), header.getKind()));
		int goal = LspHoverAndLensTest.position(text, "目标 G1", 0).getLine();
		FoldingRange goalRange = ranges.stream().filter(r -> r.getStartLine() == goal).findFirst().orElseThrow();
		assertEquals("    }", lines.get(goalRange.getEndLine() + 1), "the closing brace stays visible");
		int plan = LspHoverAndLensTest.position(text, "方案 AQ2026", 0).getLine();
		FoldingRange planRange = ranges.stream().filter(r -> r.getStartLine() == plan).findFirst().orElseThrow();
		assertEquals("}", lines.get(planRange.getEndLine() + 1));
	}

	@Test
	void semanticTokensTellChineseKeywordsNamesAndValuesApart() {
		List<String> legend = lsp.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend()
				.getTokenTypes();
		SemanticTokens tokens = lsp.get(lsp.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))));
		List<String> decoded = decode(tokens.getData(), legend);
		int goalLine = LspHoverAndLensTest.position(text, "目标 G1", 0).getLine() + 1;
		assertTrue(decoded.contains(goalLine + " 目标 keyword"), decoded::toString);
		assertTrue(decoded.contains(goalLine + " G1 class+declaration"), decoded::toString);
		int level = goalLine + 1;
		assertTrue(decoded.contains(level + " 层级 keyword") && decoded.contains(level + " 组织 enumMember"),
				decoded::toString);
		int owner = LspHoverAndLensTest.position(text, "负责人 周建国", 0).getLine() + 1;
		assertTrue(decoded.contains(owner + " 周建国 variable"), decoded::toString);
		int period = LspHoverAndLensTest.position(text, "周期 自", 0).getLine() + 1;
		assertTrue(decoded.contains(period + " 2026-05-11 number"), decoded::toString);
	}

	/** "line text type[+declaration]" per token, lines 1-based. */
	private static List<String> decode(List<Integer> data, List<String> legend) {
		List<String> lines = text.lines().toList();
		List<String> decoded = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			String token = lines.get(line).substring(character, character + data.get(i + 2));
			decoded.add((line + 1) + " " + token + " " + legend.get(data.get(i + 3))
					+ ((data.get(i + 4) & 4) != 0 ? "+declaration" : ""));
		}
		return decoded;
	}

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<DocumentSymbol> flatten(DocumentSymbol symbol) {
		List<DocumentSymbol> all = new ArrayList<>(List.of(symbol));
		symbol.getChildren().forEach(child -> all.addAll(flatten(child)));
		return all;
	}
}
