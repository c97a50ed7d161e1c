package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import plan.dsl.plan.Plan;

/**
 * The spec's promise "a file written with English keywords and its twin with Chinese keywords parse to the
 * same model", checked on {@code examples/twins/}: the twins are equal models and translate into each other
 * token for token, each is written purely in its language, and together they use every keyword alias of
 * the grammar.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CorpusTwinTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IGrammarAccess grammar;

	@Test
	void twinsParseToEqualModels() throws IOException {
		Plan english = load("kickoff.en.plan");
		Plan chinese = load("kickoff.zh.plan");
		// the dumps first: on failure they show which feature differs, where EcoreUtil.equals only says false
		String en = ModelDump.of(english);
		String zh = ModelDump.of(chinese);
		assertEquals(en, zh, () -> "kickoff.en.plan vs kickoff.zh.plan, " + ModelDump.firstDifference(en, zh));
		assertTrue(EcoreUtil.equals(english, chinese), "EcoreUtil.equals of the English and the Chinese twin");
	}

	/**
	 * Stricter than model equality, which cannot see a value left at its default (a person without a role
	 * equals one with {@code role leader}): the Chinese twin, each keyword and enumeration value spelt in
	 * English, is token for token the English twin.
	 */
	@Test
	void chineseTwinTranslatesTokenForTokenToTheEnglishTwin() throws IOException {
		List<Token> en = englishTokens(load("kickoff.en.plan"));
		List<Token> zh = englishTokens(load("kickoff.zh.plan"));
		for (int i = 0; i < Math.min(en.size(), zh.size()); i++) {
			Token e = en.get(i);
			Token z = zh.get(i);
			assertEquals(e.text(), z.text(), () -> "kickoff.en.plan line " + e.line() + " vs kickoff.zh.plan line " + z.line());
		}
		assertEquals(en.size(), zh.size(), "number of tokens of the twins");
	}

	@Test
	void englishTwinUsesOnlyEnglishKeywords() throws IOException {
		List<String> chinese = keywordsUsed(load("kickoff.en.plan")).stream().filter(GrammarAliases::isChinese).toList();
		assertEquals(List.of(), chinese, "Chinese keywords in kickoff.en.plan");
	}

	@Test
	void chineseTwinUsesOnlyChineseKeywords() throws IOException {
		Set<String> used = keywordsUsed(load("kickoff.zh.plan"));
		assertTrue(used.containsAll(List.of("方案", "已批准")), "keywords and enumeration values are both seen: " + used);
		assertEquals(List.of(), used.stream().filter(GrammarAliases::isEnglish).toList(),
				"English keywords in kickoff.zh.plan");
	}

	/** Enumeration values are left out: a plan holds one value per setting, so no plan can use them all. */
	@Test
	void twinsUseEveryKeywordAlias() throws IOException {
		Set<String> usedInEnglish = keywordsUsed(load("kickoff.en.plan"));
		Set<String> usedInChinese = keywordsUsed(load("kickoff.zh.plan"));
		List<String> unused = new ArrayList<>();
		for (GrammarAliases.Alias alias : GrammarAliases.keywords(grammar.getGrammar())) {
			if (!usedInEnglish.containsAll(List.of(alias.english().split(" ")))) {
				unused.add(alias.english());
			}
			if (!usedInChinese.contains(alias.chinese())) {
				unused.add(alias.chinese());
			}
		}
		assertEquals(List.of(), unused, "keywords the twins never use, so their equality says nothing about them");
	}

	private Plan load(String name) throws IOException {
		// each twin in a resource set of its own: both declare the plan Kickoff
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = CorpusFolder.read(CorpusFiles.bundledExamples().resolve("twins").resolve(name),
				resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		assertEquals(List.of(), resource.getErrors().stream().map(e -> e.getLine() + ": " + e.getMessage()).toList(),
				name + " must parse and link cleanly");
		return (Plan) resource.getContents().get(0);
	}

	private record Token(String text, int line) {
	}

	/** Every token outside comments and whitespace, keywords and enumeration values spelt in English. */
	private static List<Token> englishTokens(EObject root) {
		List<Token> tokens = new ArrayList<>();
		for (ILeafNode leaf : NodeModelUtils.getNode(root).getLeafNodes()) {
			if (!leaf.isHidden()) {
				for (String word : GrammarAliases.english(leaf).split(" ")) {
					tokens.add(new Token(word, leaf.getStartLine()));
				}
			}
		}
		return tokens;
	}

	/** The keywords and enumeration values as written in the file, in order of first use. */
	private static Set<String> keywordsUsed(EObject root) {
		Set<String> used = new LinkedHashSet<>();
		for (ILeafNode leaf : NodeModelUtils.getNode(root).getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword) {
				used.add(keyword.getValue());
			} else if (leaf.getGrammarElement() instanceof EnumLiteralDeclaration literal) {
				used.add(literal.getLiteral().getValue());
			}
		}
		return used;
	}
}
