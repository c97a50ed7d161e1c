package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Navigation across the files of a workspace folder, from the real server: plan B names plan A's goal as
 * {@code A.G1}; definition, references and workspace symbols find it, and renaming it in A rewrites B too.
 */
class LspNavigationTest {

	private static final String PLAN_A = """
			plan A "公司年度工作计划" {
			    kind project
			    period from 2026-01-01 to 2026-12-31
			    goal G1 "客户投诉率降至3%以下" {
			        specific "在全部12个供电所推行服务标准化"
			    }
			    project P1 "标准化推行" {
			        supports G1
			    }
			}
			""";

	private static final String PLAN_B = """
			plan B "营销部年度工作计划" {
			    kind project
			    period from 2026-01-01 to 2026-12-31
			    goal G1 "营销系统按期升级" {
			        specific "年底前完成营销系统升级并通过验收"
			    }
			    project Own "营销系统升级" {
			        supports G1
			    }
			    project Upward "服务标准化试点" {
			        supports A.G1
			    }
			}
			""";

	@TempDir
	static Path workspace;

	private static LspServerProcess lsp;
	private static String a;
	private static String b;

	@BeforeAll
	static void start() throws IOException {
		Path fileA = Files.writeString(workspace.resolve("a.plan"), PLAN_A, StandardCharsets.UTF_8);
		Path fileB = Files.writeString(workspace.resolve("b.plan"), PLAN_B, StandardCharsets.UTF_8);
		lsp = LspServerProcess.start(workspace);
		a = lsp.open(fileA);
		b = lsp.open(fileB);
		lsp.awaitDiagnostics(b, d -> d.stream().noneMatch(x -> LspDiagnostics.code(x).equals("reference.unresolved")));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		lsp.close();
	}

	@Test
	void definitionOfAQualifiedReferenceIsTheGoalInTheOtherFile() {
		List<? extends Location> definitions = lsp.get(lsp.server().getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(b), at(PLAN_B, "A.G1", 2)))).getLeft();
		assertEquals(List.of(new Location(a, range(PLAN_A, "G1 \"客户", 2))), definitions);
	}

	@Test
	void referencesFindUsesInBothFiles() {
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(a), at(PLAN_A, "goal G1", 5),
				new ReferenceContext(true));
		Set<Location> references = Set.copyOf(lsp.get(lsp.server().getTextDocumentService().references(params)));
		assertEquals(Set.of(new Location(a, range(PLAN_A, "G1 \"客户", 2)), new Location(a, range(PLAN_A, "supports G1", 9, 2)),
				new Location(b, range(PLAN_B, "A.G1", 4))), references);
	}

	@Test
	void workspaceSymbolsNameThePlanAndKind() {
		List<? extends WorkspaceSymbol> symbols = lsp.get(lsp.server().getWorkspaceService()
				.symbol(new WorkspaceSymbolParams("G1"))).getRight();
		Map<String, SymbolKind> byName = symbols.stream()
				.collect(Collectors.toMap(WorkspaceSymbol::getName, WorkspaceSymbol::getKind, (x, y) -> x));
		assertEquals(SymbolKind.Class, byName.get("A.G1"), byName::toString);
		assertEquals(SymbolKind.Class, byName.get("B.G1"), byName::toString);
	}

	@Test
	void renamingAGoalRewritesItsUsesInEveryFile() {
		WorkspaceEdit edit = lsp.get(lsp.server().getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(a), at(PLAN_A, "goal G1", 5), "Complaints")));
		Map<String, List<TextEdit>> changes = edit.getChanges();
		String renamedA = LspTextEdits.apply(PLAN_A, changes.get(a));
		String renamedB = LspTextEdits.apply(PLAN_B, changes.get(b));
		assertEquals(PLAN_A.replace("G1", "Complaints"), renamedA);
		assertEquals(PLAN_B.replace("A.G1", "A.Complaints"), renamedB);

		lsp.change(a, 2, renamedA);
		lsp.change(b, 2, renamedB);
		lsp.awaitDiagnostics(b, d -> d.stream().noneMatch(x -> LspDiagnostics.code(x).equals("reference.unresolved")));
		// and back, so the other tests see the original names
		lsp.change(a, 3, PLAN_A);
		lsp.change(b, 3, PLAN_B);
		lsp.awaitDiagnostics(b, d -> d.stream().noneMatch(x -> LspDiagnostics.code(x).equals("reference.unresolved")));
	}

	/** The position {@code into} characters into the first occurrence of {@code anchor}. */
	static Position at(String text, String anchor, int into) {
		return LspHoverAndLensTest.position(text, anchor, into);
	}

	/** The range of {@code length} characters at the start of {@code anchor}. */
	static Range range(String text, String anchor, int length) {
		return range(text, anchor, 0, length);
	}

	static Range range(String text, String anchor, int into, int length) {
		Position start = at(text, anchor, into);
		return new Range(start, new Position(start.getLine(), start.getCharacter() + length));
	}
}
