package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.ide.quickfix.KeywordStyle;
import plan.dsl.plan.Plan;
import plan.dsl.services.PlanGrammarAccess;

/** Keyword style detection, and the alias tables checked against the grammar so they cannot drift. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class QuickFixKeywordStyleTest {

	@Inject
	private PlanGrammarAccess grammar;

	@Inject
	private com.google.inject.Injector injector;

	@Test
	void theFirstKeywordDecides() {
		QuickFixHarness harness = new QuickFixHarness(injector);
		Plan english = (Plan) harness.parse("// 中文注释\nplan P \"方案\" {\n    目标 G1 \"x\" {\n    }\n}\n").getContents().get(0);
		Plan chinese = (Plan) harness.parse("/* plan */ 方案 P \"plan\" {\n    goal G1 \"x\" {\n    }\n}\n").getContents().get(0);
		assertEquals(KeywordStyle.ENGLISH, KeywordStyle.of(english));
		assertEquals(KeywordStyle.CHINESE, KeywordStyle.of(chinese));
	}

	@Test
	void wordsInEachStyle() {
		assertEquals("verified by", KeywordStyle.ENGLISH.keyword("verified by"));
		assertEquals("检验", KeywordStyle.CHINESE.keyword("verified by"));
		assertEquals("组长", KeywordStyle.CHINESE.value("leader"));
		assertEquals("单位", KeywordStyle.CHINESE.keyword("organization"));
		assertEquals("组织", KeywordStyle.CHINESE.value("organization"));
	}

	@Test
	void everyKeywordAliasIsAnAlternativeInTheGrammar() {
		List<List<String>> alternatives = new ArrayList<>();
		grammar.getGrammar().eAllContents().forEachRemaining(element -> {
			if (element instanceof Alternatives choice) {
				alternatives.add(choice.getElements().stream().map(QuickFixKeywordStyleTest::spelled).toList());
			}
		});
		for (Map.Entry<String, String> alias : KeywordStyle.CHINESE_KEYWORDS.entrySet()) {
			assertTrue(alternatives.stream().anyMatch(a -> a.contains(alias.getKey()) && a.contains(alias.getValue())),
					() -> "grammar has no ('" + alias.getKey() + "' | '" + alias.getValue() + "')");
		}
	}

	@Test
	void everyValueAliasNamesTheSameEnumerationLiteral() {
		Map<String, List<String>> literalsBySpelling = new java.util.HashMap<>();
		grammar.getGrammar().eAllContents().forEachRemaining(element -> {
			if (element instanceof EnumLiteralDeclaration literal) {
				literalsBySpelling.computeIfAbsent(literal.getLiteral().getValue(), k -> new ArrayList<>())
						.add(literal.getEnumLiteral().getEEnum().getName() + "." + literal.getEnumLiteral().getName());
			}
		});
		for (Map.Entry<String, String> alias : KeywordStyle.CHINESE_VALUES.entrySet()) {
			List<String> english = literalsBySpelling.getOrDefault(alias.getKey(), List.of());
			List<String> chinese = literalsBySpelling.getOrDefault(alias.getValue(), List.of());
			assertTrue(english.stream().anyMatch(chinese::contains),
					() -> alias + ": " + english + " vs " + chinese);
		}
	}

	/** A keyword, or a group of keywords ({@code 'verified' 'by'}), as written; anything else as null. */
	private static String spelled(EObject element) {
		if (element instanceof Keyword keyword) {
			return keyword.getValue();
		}
		if (element instanceof Group group && group.getElements().stream().allMatch(Keyword.class::isInstance)) {
			return group.getElements().stream().map(k -> ((Keyword) k).getValue()).collect(Collectors.joining(" "));
		}
		return null;
	}
}
