package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion from the real server: keywords in the plan's {@code language} (both spellings until it says),
 * enumeration values, names with a detail line, dates, project types, and snippets whose defaults fit the plan
 * — a whole-plan snippet of each kind is a plan that the completeness rules accept.
 */
class LspCompletionTest {

	/** Line 8 is the owner, line 9 the due date, line 11 the plan's body after the goal. */
	private static final String PLAN = """
			plan P "Library fair" {
			    kind project
			    LANGUAGE
			    period from 2026-03-01 to 2026-06-30
			    team {
			        person Maya "Volunteer coordinator" role leader
			    }
			    goal G1 "Recruit volunteers" {
			        owner\s
			        due\s
			    }
			   \s
			}
			""";

	@TempDir
	static Path workspace;

	private static LspServerProcess lsp;

	@BeforeAll
	static void start() throws IOException {
		lsp = LspServerProcess.start(workspace);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		lsp.close();
	}

	@Test
	void englishPlanGetsEnglishKeywordsWithTheirChineseAliasAsDetail() {
		Map<String, CompletionItem> items = complete("en.plan", PLAN.replace("LANGUAGE", "language en"), 11, 4);
		assertTrue(items.containsKey("goal") && items.containsKey("publicity") && items.containsKey("safeguards"),
				items::toString);
		assertEquals("目标", items.get("goal").getDetail());
		assertEquals(CompletionItemKind.Keyword, items.get("goal").getKind());
		assertFalse(items.keySet().stream().anyMatch(LspCompletionTest::isChinese), items::toString);
	}

	@Test
	void chinesePlanGetsChineseKeywordsOnly() {
		Map<String, CompletionItem> items = complete("zh.plan", PLAN.replace("LANGUAGE", "语言 中文"), 11, 4);
		assertTrue(items.containsKey("目标") && items.containsKey("宣传") && items.containsKey("保障"), items::toString);
		assertEquals("goal", items.get("目标").getDetail());
		assertFalse(items.containsKey("goal"), items::toString);
	}

	@Test
	void planWithoutLanguageGetsBothSpellings() {
		Map<String, CompletionItem> items = complete("both.plan", PLAN.replace("LANGUAGE", ""), 11, 4);
		assertTrue(items.containsKey("goal") && items.containsKey("目标"), items::toString);
	}

	@Test
	void sectionSnippetsFollowTheKeywordLanguageAndUseThePlansNames() {
		Map<String, CompletionItem> en = complete("snippet-en.plan", PLAN.replace("LANGUAGE", "language en"), 11, 4);
		CompletionItem project = en.get("project …");
		assertEquals(CompletionItemKind.Snippet, project.getKind());
		assertEquals(InsertTextFormat.Snippet, project.getInsertTextFormat());
		String text = project.getTextEdit().getLeft().getNewText();
		assertTrue(text.startsWith("project ${1:A1} \"${2:(name the project)}\" {\n    type ${3|competition,"), text);
		assertTrue(text.contains("owner ${4:Maya}") && text.contains("from ${5:2026-03-01} to ${6:2026-06-30}")
				&& text.contains("supports ${9:G1}"), text);

		Map<String, CompletionItem> zh = complete("snippet-zh.plan", PLAN.replace("LANGUAGE", "语言 中文"), 11, 4);
		String goal = zh.get("目标 …").getTextEdit().getLeft().getNewText();
		assertTrue(goal.startsWith("目标 ${1:G2} \"${2:（请填写目标名称）}\" {\n    层级 ${3|组织,个人|}"), goal);
		assertEquals("目标部分骨架", zh.get("目标 …").getDetail());
	}

	@Test
	void ownerProposesPeopleWithTheirPosition() {
		Map<String, CompletionItem> items = complete("owner.plan", PLAN.replace("LANGUAGE", "language en"), 8, 14);
		assertEquals(List.of("Maya"), List.copyOf(items.keySet()));
		assertEquals("Volunteer coordinator", items.get("Maya").getDetail());
		assertEquals(CompletionItemKind.Reference, items.get("Maya").getKind());
	}

	@Test
	void datesAreTodayAndThePeriodsBounds() {
		Map<String, CompletionItem> items = complete("due.plan", PLAN.replace("LANGUAGE", "语言 中文"), 9, 12);
		assertEquals("方案周期第一天", items.get("2026-03-01").getDetail());
		assertEquals("方案周期最后一天", items.get("2026-06-30").getDetail());
		assertTrue(items.containsKey(LocalDate.now().toString()), items::toString);
	}

	@Test
	void enumerationValuesAndProjectTypes() {
		Map<String, CompletionItem> kinds = complete("kind.plan", "plan P \"t\" {\n    kind \n}\n", 1, 9);
		assertEquals(CompletionItemKind.Enum, kinds.get("activity").getKind());
		assertEquals("活动", kinds.get("activity").getDetail());
		assertTrue(kinds.containsKey("年度") && kinds.containsKey("project"), kinds::toString);

		Map<String, CompletionItem> types = complete("type.plan",
				"plan P \"t\" {\n    language en\n    project A1 \"x\" {\n        type \n    }\n}\n", 3, 13);
		assertTrue(types.keySet().containsAll(List.of("competition", "lecture", "training", "visit")), types::toString);
	}

	@Test
	void wholePlanSnippetOfEachKindIsACompletePlan() {
		Map<String, CompletionItem> items = complete("new.plan", "", 0, 0);
		for (String label : List.of("plan activity", "plan annual", "plan project", "方案 活动", "方案 年度", "方案 项目")) {
			CompletionItem skeleton = items.get(label);
			assertEquals(CompletionItemKind.Snippet, skeleton.getKind(), label);
			String uri = workspace.resolve("skeleton-" + label.replace(' ', '-') + ".plan").toUri().toString();
			lsp.open(uri, expand(skeleton.getTextEdit().getLeft().getNewText()));
			List<Diagnostic> diagnostics = lsp.awaitDiagnostics(uri, d -> true);
			assertEquals(List.of(), diagnostics.stream()
					.filter(d -> d.getSeverity() == DiagnosticSeverity.Error
							|| LspDiagnostics.code(d).equals("completeness.missing-section"))
					.map(LspDiagnostics::toCorpus).toList(), label);
		}
	}

	/** The completion items at a position of a new document, by label. */
	private static Map<String, CompletionItem> complete(String name, String text, int line, int character) {
		String uri = workspace.resolve(name).toUri().toString();
		lsp.open(uri, text);
		List<CompletionItem> items = lsp.get(lsp.server().getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character))))
				.getRight().getItems();
		return items.stream().collect(Collectors.toMap(CompletionItem::getLabel, Function.identity(), (a, b) -> a,
				java.util.LinkedHashMap::new));
	}

	private static final Pattern STOP = Pattern.compile("\\$\\{(\\d+):((?:\\\\.|[^}\\\\])*)}|\\$\\{(\\d+)\\|([^,|]*)[^}]*}|\\$(\\d+)");

	/** A snippet as accepted with every default: placeholders take their text, choices their first option. */
	static String expand(String snippet) {
		Map<String, String> values = new java.util.HashMap<>();
		Matcher m = STOP.matcher(snippet);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value;
			if (m.group(1) != null) {
				value = m.group(2).replaceAll("\\\\(.)", "$1");
				values.put(m.group(1), value);
			} else if (m.group(3) != null) {
				value = m.group(4);
				values.put(m.group(3), value);
			} else {
				value = values.get(m.group(5));
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString().replaceAll("\\\\([$\\\\}])", "$1");
	}

	private static boolean isChinese(String label) {
		return label.chars().anyMatch(c -> c >= 0x2E80);
	}
}
