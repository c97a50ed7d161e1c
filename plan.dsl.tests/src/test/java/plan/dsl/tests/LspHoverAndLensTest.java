package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hover and code lenses from the real server on the bundled annual plan of a research lab (running, reporting
 * date mid-2027) and on small plans with gaps: what people own, SMART scores with what is missing and why,
 * effective dates and dependencies, all in the plan's language.
 */
class LspHoverAndLensTest {

	@TempDir
	static Path workspace;

	private static LspServerProcess lsp;
	private static String uri;
	private static String text;

	@BeforeAll
	static void start() throws IOException {
		Path plan = Files.copy(CorpusFiles.bundledExamples().resolve("innovation-2027.plan"), workspace.resolve("lab.plan"));
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
	void personShowsPositionRoleResponsibilitiesAndWhatTheyOwn() {
		String hover = hover(uri, text, "person Okafor", "person ".length());
		assertEquals(String.join("\n\n", "**Okafor** · Professor, lab director", "Role: leader",
				"Responsibilities: Grant strategy and relations with the city utility",
				"Owns: goal G1 \"Win external research funding\", project P1 \"Microgrid pilot with the city utility\", "
						+ "project P2 \"Grant proposal sprint\", publicity stage \"Pilot results\", "
						+ "progress reports to Head of School"),
				hover);
	}

	@Test
	void unitReferenceShowsLeadAndMembers() {
		String hover = hover(uri, text, "owner DataTeam", "owner ".length());
		assertTrue(hover.startsWith("**DataTeam** · Dataset working group\n\nLead: Haddad\n\nMembers: Haddad, Rossi"), hover);
		assertTrue(hover.contains("Owns: goal G3 \"Publish the battery-ageing dataset\", project P4"), hover);
	}

	@Test
	void goalShowsItsSmartScoreAndSupportingProjects() {
		String hover = hover(uri, text, "goal G1", "goal ".length());
		assertEquals(String.join("\n\n", "**G1** · Win external research funding", "SMART 5/5",
				"Supported by: project P1 \"Microgrid pilot with the city utility\", project P2 \"Grant proposal sprint\""),
				hover);
	}

	@Test
	void projectShowsEffectiveDatesDependenciesAndProgress() {
		assertEquals(String.join("\n\n", "**P2** · Grant proposal sprint", "Dates: 2027-06-16 – 2027-11-30 (168 days)",
				"Comes after: P1 (ends 2027-06-15)", "Owner: Okafor", "Supports: G1", "Progress: 10 % as of 2027-06-30"),
				hover(uri, text, "project P2", "project ".length()));
		String phase = hover(uri, text, "project P4", "project ".length());
		assertTrue(phase.contains("Dates: 2027-04-01 – 2027-09-30 (183 days), those of phase Q2"), phase);
	}

	@Test
	void chineseGoalShowsWhatIsMissingAndWhy() {
		String zh = "方案 Z \"服务提升\" {\n    类型 项目\n    周期 自 2026-01-01 至 2026-12-31\n"
				+ "    目标 G1 \"降低投诉\" {\n        具体 \"在12个供电所推行服务标准化流程\"\n    }\n}\n";
		String zhUri = workspace.resolve("目标.plan").toUri().toString();
		lsp.open(zhUri, zh);
		// the hover explains the diagnostics on the goal's name once validation has published them: waiting for them
		// makes the text the same however fast the server validates (before, a busy machine could go either way)
		lsp.awaitDiagnostics(zhUri, d -> d.stream().anyMatch(x -> LspDiagnostics.code(x).equals("smart.time-bound")));
		String hover = hover(zhUri, zh, "目标 G1", "目标 ".length());
		assertTrue(hover.startsWith("**G1** · 降低投诉\n\nSMART 1/5，缺少：可衡量、可达成、相关、时限"), hover);
		assertTrue(hover.contains("T：尚无 `due`（截止）日期。") && hover.contains("尚无项目支撑该目标。\n\n---\n\n**smart."), hover);
	}

	@Test
	void diagnosedTextExplainsItsCode() {
		String plan = "plan E \"t\" {\n    kind project\n    language en\n    period from 2026-01-01 to 2026-12-31\n"
				+ "    goal G1 \"Recruit\" {\n        specific \"Recruit two volunteers per branch library\"\n    }\n}\n";
		String planUri = workspace.resolve("explain.plan").toUri().toString();
		lsp.open(planUri, plan);
		lsp.awaitDiagnostics(planUri, d -> d.stream().anyMatch(x -> LspDiagnostics.code(x).equals("smart.time-bound")));
		String hover = hover(planUri, plan, "goal G1", "goal ".length());
		assertTrue(hover.startsWith("**G1** · Recruit\n\nSMART "), hover);
		assertTrue(hover.contains("\n\n---\n\n**smart.time-bound**\n\nWhat it means: "), hover);
		assertTrue(hover.contains("Example: `due "), hover);
	}

	@Test
	void textFromThePlanIsEscapedInTheMarkdown() {
		String hostile = "plan H \"t\" {\n    language en\n    team {\n        person Eve \"<img src=x> **boss**\" role leader\n    }\n}\n";
		String hostileUri = workspace.resolve("hostile.plan").toUri().toString();
		lsp.open(hostileUri, hostile);
		String hover = hover(hostileUri, hostile, "person Eve", "person ".length());
		assertTrue(hover.startsWith("**Eve** · \\<img src=x\\> \\*\\*boss\\*\\*"), hover);
	}

	@Test
	void lensesAboveEveryGoalAndProject() {
		List<? extends CodeLens> lenses = lsp.get(lsp.server().getTextDocumentService()
				.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
		Map<Integer, String> byLine = lenses.stream()
				.collect(Collectors.toMap(l -> l.getRange().getStart().getLine(), l -> l.getCommand().getTitle()));
		assertEquals(4 + 5, lenses.size(), byLine::toString);
		assertEquals("SMART 5/5", byLine.get(lineOf(text, "goal G2")));
		assertEquals("2027-04-01 – 2027-09-30 · owner DataTeam", byLine.get(lineOf(text, "project P4")));
		assertEquals("2027-06-16 – 2027-11-30 · owner Okafor", byLine.get(lineOf(text, "project P2")));
	}

	@Test
	void lensMarksMissingQualitiesAndLateProjectsOnceThePlanRuns() {
		String running = "plan L \"t\" {\n    kind project\n    language en\n    status running\n    asof 2026-06-30\n"
				+ "    period from 2026-01-01 to 2026-12-31\n    goal G1 \"g\" {\n        due 2026-12-31\n    }\n"
				+ "    project A1 \"late one\" {\n        from 2026-01-01 to 2026-03-31\n    }\n}\n";
		String runningUri = workspace.resolve("running.plan").toUri().toString();
		lsp.open(runningUri, running);
		List<String> titles = lsp.get(lsp.server().getTextDocumentService()
				.codeLens(new CodeLensParams(new TextDocumentIdentifier(runningUri)))).stream()
				.map(l -> l.getCommand().getTitle()).toList();
		assertEquals(List.of("SMART 1/5 · missing S, M, A, R", "2026-01-01 – 2026-03-31 · no owner · late"), titles);
	}

	private static String hover(String documentUri, String documentText, String anchor, int offsetInAnchor) {
		Hover hover = lsp.get(lsp.server().getTextDocumentService().hover(
				new HoverParams(new TextDocumentIdentifier(documentUri), position(documentText, anchor, offsetInAnchor))));
		return hover == null ? "" : hover.getContents().getRight().getValue();
	}

	/** The position {@code offsetInAnchor} characters into the first occurrence of {@code anchor}. */
	static Position position(String text, String anchor, int offsetInAnchor) {
		int offset = text.indexOf(anchor);
		if (offset < 0) {
			throw new IllegalArgumentException("'" + anchor + "' not in the text");
		}
		offset += offsetInAnchor;
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
	}

	private static int lineOf(String text, String anchor) {
		return position(text, anchor, 0).getLine();
	}
}
