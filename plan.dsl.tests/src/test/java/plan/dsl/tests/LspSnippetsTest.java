package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.ide.contentassist.KeywordAliases;
import plan.dsl.ide.contentassist.KeywordLanguage;
import plan.dsl.ide.contentassist.PlanSnippets;
import plan.dsl.ide.contentassist.SnippetDefaults;
import plan.dsl.plan.Plan;
import plan.dsl.services.PlanGrammarAccess;

/**
 * The snippets behind completion, in process: every section's snippet, in either keyword language, pasted with
 * its defaults into a plan, parses without a syntax error; the aliases they are spelt with come from the grammar
 * and cover every word keyword.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class LspSnippetsTest {

	@Inject
	private PlanSnippets snippets;

	@Inject
	private KeywordAliases aliases;

	@Inject
	private PlanGrammarAccess grammar;

	@Inject
	private ParseHelper<Plan> parser;

	@Test
	void everySectionSnippetParsesInBothKeywordLanguages() throws Exception {
		Plan plan = parser.parse("plan P \"t\" {\n    team {\n        person 李娜 \"主任\" role leader\n    }\n"
				+ "    goal G1 \"g\" {\n    }\n}\n");
		for (KeywordLanguage language : KeywordLanguage.values()) {
			for (String section : PlanSnippets.SECTIONS) {
				String snippet = snippets.section(section, language,
						SnippetDefaults.of(plan, LocalDate.of(2026, 5, 1)));
				String header = language == KeywordLanguage.ENGLISH ? "plan Q \"t\" {\n" : "方案 Q \"t\" {\n";
				Plan parsed = parser.parse(header + LspCompletionTest.expand(snippet) + "\n}\n");
				List<String> errors = new ArrayList<>();
				((XtextResource) parsed.eResource()).getParseResult().getSyntaxErrors()
						.forEach(node -> errors.add(node.getSyntaxErrorMessage().getMessage()));
				assertEquals(List.of(), errors, language + " " + section + ":\n" + snippet);
			}
		}
	}

	@Test
	void verifiedByIsOneKeywordWithOneAlias() {
		assertEquals("检验", aliases.chineseKeyword("verified by"));
	}

	@Test
	void everyWordKeywordHasItsOtherSpelling() {
		List<Keyword> keywords = new ArrayList<>();
		GrammarUtil.allParserRules(grammar.getGrammar()).forEach(rule -> keywords.addAll(GrammarUtil.containedKeywords(rule)));
		GrammarUtil.allEnumRules(grammar.getGrammar()).forEach(rule -> keywords.addAll(GrammarUtil.containedKeywords(rule)));
		for (Keyword keyword : keywords) {
			String value = keyword.getValue();
			boolean enumValue = keyword.eContainer() instanceof EnumLiteralDeclaration;
			KeywordLanguage spelling = KeywordLanguage.of(value);
			// punctuation has no other spelling; "verified" has one only together with "by" (检验)
			if (value.codePoints().noneMatch(Character::isLetter) || value.equals("verified")) {
				continue;
			}
			String alias = enumValue ? aliases.aliasOfValue(value) : aliases.aliasOfKeyword(value);
			assertTrue(alias != null, "no alias for '" + value + "'");
			assertTrue(KeywordLanguage.of(alias) != spelling, value + " ↔ " + alias);
		}
	}
}
