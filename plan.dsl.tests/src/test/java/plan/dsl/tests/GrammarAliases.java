package plan.dsl.tests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * The English ↔ Chinese aliases exactly as the grammar declares them, read from the grammar itself so the
 * tests of the twins and of the language reference never drift from {@code Plan.xtext}.
 */
final class GrammarAliases {

	/** An English keyword (or keyword sequence such as {@code verified by}) and its Chinese alias. */
	record Alias(String english, String chinese) {
	}

	private GrammarAliases() {
	}

	/** Keyword pairs written {@code ('plan' | '方案')} in parser rules, each once, in grammar order. */
	static List<Alias> keywords(Grammar grammar) {
		Set<Alias> aliases = new LinkedHashSet<>();
		for (ParserRule rule : EcoreUtil2.eAllOfType(grammar, ParserRule.class)) {
			for (Alternatives alternatives : EcoreUtil2.eAllOfType(rule, Alternatives.class)) {
				List<String> texts = keywordTexts(alternatives.getElements());
				if (texts.size() == 2 && !isChinese(texts.get(0)) && isChinese(texts.get(1))) {
					aliases.add(new Alias(texts.get(0), texts.get(1)));
				}
			}
		}
		return new ArrayList<>(aliases);
	}

	/** Enumeration values with a Chinese alias, e.g. {@code activity='activity' | activity='活动'}. */
	static List<Alias> enumValues(Grammar grammar) {
		Set<Alias> aliases = new LinkedHashSet<>();
		for (EnumRule rule : EcoreUtil2.eAllOfType(grammar, EnumRule.class)) {
			List<EnumLiteralDeclaration> literals = EcoreUtil2.eAllOfType(rule, EnumLiteralDeclaration.class);
			for (EnumLiteralDeclaration english : literals) {
				for (EnumLiteralDeclaration other : literals) {
					String en = english.getLiteral().getValue();
					String zh = other.getLiteral().getValue();
					if (english.getEnumLiteral() == other.getEnumLiteral() && !isChinese(en) && isChinese(zh)) {
						aliases.add(new Alias(en, zh));
					}
				}
			}
		}
		return new ArrayList<>(aliases);
	}

	/**
	 * The English spelling of a keyword or enumeration value as written in a file, e.g. {@code 检验} → {@code verified by},
	 * {@code 通过} → {@code approved}; English keywords and all other text stay as they are.
	 */
	static String english(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof Keyword keyword && keyword.eContainer() instanceof EnumLiteralDeclaration declaration) {
			element = declaration;
		}
		if (element instanceof EnumLiteralDeclaration declaration && isChinese(declaration.getLiteral().getValue())) {
			for (EnumLiteralDeclaration other : EcoreUtil2.eAllOfType(EcoreUtil2.getContainerOfType(declaration,
					EnumRule.class), EnumLiteralDeclaration.class)) {
				if (other.getEnumLiteral() == declaration.getEnumLiteral() && !isChinese(other.getLiteral().getValue())) {
					return other.getLiteral().getValue();
				}
			}
		}
		if (element instanceof Keyword keyword && isChinese(keyword.getValue())
				&& keyword.eContainer() instanceof Alternatives alternatives) {
			List<String> texts = keywordTexts(alternatives.getElements());
			if (texts.size() == 2) {
				return texts.get(0);
			}
		}
		return leaf.getText();
	}

	/** Whether a keyword is written in Chinese (holds a Han character). */
	static boolean isChinese(String keyword) {
		return keyword.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** Whether a keyword is written in English (holds a Latin letter). */
	static boolean isEnglish(String keyword) {
		return keyword.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
	}

	/** The text of each alternative if all are keywords or keyword sequences, else an empty list. */
	private static List<String> keywordTexts(List<AbstractElement> elements) {
		List<String> texts = new ArrayList<>();
		for (EObject element : elements) {
			if (element instanceof Keyword keyword && keyword.getCardinality() == null) {
				texts.add(keyword.getValue());
			} else if (element instanceof Group group && group.getCardinality() == null
					&& group.getElements().stream().allMatch(e -> e instanceof Keyword k && k.getCardinality() == null)) {
				texts.add(group.getElements().stream().map(e -> ((Keyword) e).getValue()).collect(Collectors.joining(" ")));
			} else {
				return List.of();
			}
		}
		return texts;
	}
}
