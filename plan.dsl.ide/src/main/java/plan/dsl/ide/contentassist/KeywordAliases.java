package plan.dsl.ide.contentassist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.util.Pair;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import plan.dsl.services.PlanGrammarAccess;

/**
 * The English and Chinese spelling of every keyword and enumeration value, read from the grammar itself
 * ({@code ('goal' | '目标')}, {@code organization='organization' | organization='组织'}), so completion and
 * snippets can never disagree with what the parser accepts. Values are kept per enumeration because the same
 * English word has different Chinese aliases in different enumerations ({@code review}: 审议 as a plan status,
 * 资料分析 as a research method).
 */
@Singleton
public class KeywordAliases {

	private final Map<String, String> chineseKeyword = new HashMap<>();
	private final Map<String, String> englishKeyword = new HashMap<>();
	private final Map<String, Map<String, String>> chineseValue = new HashMap<>();
	private final Map<String, String> valueAlias = new HashMap<>();

	@Inject
	public KeywordAliases(PlanGrammarAccess grammar) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			for (Alternatives alternatives : EcoreUtil2.eAllOfType(rule, Alternatives.class)) {
				pair(alternatives.getElements()).ifPresent(this::addKeyword);
			}
		}
		for (EnumRule rule : GrammarUtil.allEnumRules(grammar.getGrammar())) {
			Map<String, List<String>> spellings = EcoreUtil2.eAllOfType(rule, EnumLiteralDeclaration.class).stream()
					.collect(Collectors.groupingBy(d -> d.getEnumLiteral().getName(), Collectors.mapping(
							EnumLiteralDeclaration::getLiteral, Collectors.mapping(Keyword::getValue, Collectors.toList()))));
			Map<String, String> values = new HashMap<>();
			spellings.values().forEach(words -> englishAndChinese(words).ifPresent(p -> {
				values.put(p.getFirst(), p.getSecond());
				valueAlias.put(p.getFirst(), p.getSecond());
				valueAlias.put(p.getSecond(), p.getFirst());
			}));
			chineseValue.put(rule.getName(), values);
		}
	}

	/** The Chinese alias of an English keyword ({@code goal} → 目标); {@code null} when it has none. */
	public String chineseKeyword(String english) {
		return chineseKeyword.get(english);
	}

	/** The English keyword a Chinese alias stands for (目标 → {@code goal}); {@code null} when it is none. */
	public String englishKeyword(String chinese) {
		return englishKeyword.get(chinese);
	}

	/** The other spelling of a keyword, either way round; {@code null} when it has none ({@code {}, {@code %}). */
	public String aliasOfKeyword(String keyword) {
		String alias = chineseKeyword.get(keyword);
		return alias != null ? alias : englishKeyword.get(keyword);
	}

	/** The other spelling of an enumeration value ({@code leader} ↔ 组长); {@code null} when it has none. */
	public String aliasOfValue(String value) {
		return valueAlias.get(value);
	}

	/** The Chinese spelling of value {@code english} of enumeration {@code enumRule} (e.g. {@code Role}). */
	public String chineseValue(String enumRule, String english) {
		Map<String, String> values = chineseValue.get(enumRule);
		String chinese = values == null ? null : values.get(english);
		if (chinese == null) {
			throw new IllegalArgumentException("No Chinese alias for " + enumRule + "." + english);
		}
		return chinese;
	}

	/** English {@code english} in {@code language}: the word itself or its Chinese alias. */
	public String keyword(String english, KeywordLanguage language) {
		if (language == KeywordLanguage.ENGLISH) {
			return english;
		}
		String chinese = chineseKeyword(english);
		if (chinese == null) {
			throw new IllegalArgumentException("No Chinese alias for keyword '" + english + "'");
		}
		return chinese;
	}

	/** Value {@code english} of enumeration {@code enumRule} in {@code language}. */
	public String value(String enumRule, String english, KeywordLanguage language) {
		return language == KeywordLanguage.ENGLISH ? english : chineseValue(enumRule, english);
	}

	private void addKeyword(Pair<String, String> englishAndChinese) {
		chineseKeyword.putIfAbsent(englishAndChinese.getFirst(), englishAndChinese.getSecond());
		englishKeyword.putIfAbsent(englishAndChinese.getSecond(), englishAndChinese.getFirst());
	}

	/** {@code ('goal' | '目标')} or {@code (('verified' 'by') | '检验')}: one English and one Chinese spelling. */
	private static Optional<Pair<String, String>> pair(List<AbstractElement> elements) {
		if (elements.size() != 2) {
			return Optional.empty();
		}
		String first = spelling(elements.get(0));
		String second = spelling(elements.get(1));
		return first == null || second == null ? Optional.empty() : englishAndChinese(List.of(first, second));
	}

	private static Optional<Pair<String, String>> englishAndChinese(List<String> words) {
		if (words.size() != 2) {
			return Optional.empty();
		}
		KeywordLanguage first = KeywordLanguage.of(words.get(0));
		KeywordLanguage second = KeywordLanguage.of(words.get(1));
		if (first == KeywordLanguage.ENGLISH && second == KeywordLanguage.CHINESE) {
			return Optional.of(Tuples.create(words.get(0), words.get(1)));
		}
		if (first == KeywordLanguage.CHINESE && second == KeywordLanguage.ENGLISH) {
			return Optional.of(Tuples.create(words.get(1), words.get(0)));
		}
		return Optional.empty();
	}

	/** The text of a keyword, or of a group of keywords joined by a space; {@code null} for anything else. */
	private static String spelling(AbstractElement element) {
		if (element instanceof Keyword keyword) {
			return keyword.getValue();
		}
		if (element instanceof Group group && group.getCardinality() == null
				&& group.getElements().stream().allMatch(e -> e instanceof Keyword k && k.getCardinality() == null)) {
			return group.getElements().stream().map(e -> ((Keyword) e).getValue()).collect(Collectors.joining(" "));
		}
		return null;
	}
}
