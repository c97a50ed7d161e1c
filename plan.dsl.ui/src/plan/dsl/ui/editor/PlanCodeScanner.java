package plan.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * Lexical highlighting: comments, strings, dates and numbers as the grammar's terminals define them, and the
 * grammar's keywords (English and Chinese), read from the grammar itself so the editor never keeps a list.
 */
public class PlanCodeScanner extends RuleBasedScanner {

	public PlanCodeScanner(PlanColors colors) {
		IToken keyword = new Token(colors.keyword());
		IToken comment = new Token(colors.comment());
		IToken string = new Token(colors.string());
		IToken number = new Token(colors.number());
		List<IRule> rules = new ArrayList<>();
		rules.add(new MultiLineRule("/*", "*/", comment, (char) 0, true));
		rules.add(new EndOfLineRule("//", comment));
		rules.add(new SingleLineRule("\"", "\"", string, '\\'));
		rules.add(new WhitespaceRule(c -> Character.isWhitespace(c) || c == '\u3000' || c == '\uFEFF'));
		WordRule words = new WordRule(new PlanWordDetector(), Token.UNDEFINED);
		keywords().forEach(word -> words.addWord(word, keyword));
		rules.add(words);
		WordRule numbers = new WordRule(new NumberDetector(), number);
		rules.add(numbers);
		setRules(rules.toArray(IRule[]::new));
		setDefaultReturnToken(new Token(new TextAttribute(null)));
	}

	/** Every keyword of the grammar that is a word (operators and braces are left plain). */
	static Set<String> keywords() {
		IGrammarAccess grammar = IResourceServiceProvider.Registry.INSTANCE
				.getResourceServiceProvider(URI.createFileURI("keywords.plan")).get(IGrammarAccess.class);
		Set<String> keywords = new java.util.TreeSet<>();
		for (String word : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
				keywords.add(word);
			}
		}
		return keywords;
	}

	/** Letters of any script (the grammar's ID allows Chinese), digits and '_'. */
	static final class PlanWordDetector implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}
	}

	/** Numbers and dates (DATE and NUMBER terminals). */
	static final class NumberDetector implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isDigit(c);
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isDigit(c) || c == '.' || c == '-';
		}
	}
}
