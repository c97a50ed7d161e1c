package plan.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in words a plan's author knows: the parser's token names ({@code RULE_STRING}) become what to
 * write ({@code a quoted text "…"}), and a character outside the Basic Multilingual Plane, such as an emoji, is
 * shown whole instead of as the half the lexer saw ({@code '?'}).
 */
public class PlanSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKEN_WORDS = Map.of(
			"RULE_STRING", "a quoted text \"…\"",
			"RULE_ID", "a name (letters, digits and _)",
			"RULE_DATE", "a date yyyy-MM-dd",
			"RULE_NUMBER", "a number",
			"RULE_ANY_OTHER", "a character",
			"<EOF>", "the end of the file");

	/** How Xtext's element factory words a value converter's null for an {@code int} feature. */
	private static final String NULL_FOR_PRIMITIVE = "ValueConverter returned null for primitive feature";

	private static final Pattern TOKEN_NAME = Pattern.compile("RULE_[A-Z_]+|<EOF>");

	/**
	 * A value that did not convert. Where a whole number is missing the parser's own words would be "ValueConverter
	 * returned null for primitive feature sample", and where a wrong token stands in its place the parser has
	 * already said so ("mismatched input 'x' expecting a number"), so that case adds nothing. Where a converter of
	 * ours failed on a cause, its message says what the text should have been, where Xtext would show only the
	 * cause's words ("For input string: …"). Everything else, such as a bad escape in a quoted text with the range
	 * of the escape, is Xtext's.
	 */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException exception = context.getValueConverterException();
		String text = exception.getMessage();
		if (text != null && text.startsWith(NULL_FOR_PRIMITIVE)) {
			return alreadyReported(exception.getNode()) ? null
					: new SyntaxErrorMessage("a whole number is missing here; write one, such as 40", Diagnostic.SYNTAX_DIAGNOSTIC);
		}
		if (text != null && exception.getCause() != null) {
			return new SyntaxErrorMessage(text, Diagnostic.SYNTAX_DIAGNOSTIC);
		}
		return super.getSyntaxErrorMessage(context);
	}

	private static boolean alreadyReported(INode node) {
		if (node == null) {
			return false;
		}
		for (INode leaf : node.getLeafNodes()) {
			if (leaf.getSyntaxErrorMessage() != null) {
				return true;
			}
		}
		return false;
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		String text = readable(message.getMessage());
		String character = wholeCharacter(context.getRecognitionException());
		if (character != null) {
			text = text.replace("'" + character.charAt(0) + "'", "'" + character + "'").replace("'?'", "'" + character + "'");
			text += "; a name holds only letters, digits and _, so write " + character + " inside a quoted text";
		}
		return new SyntaxErrorMessage(text, message.getIssueCode(), message.getIssueData());
	}

	private static String readable(String message) {
		Matcher names = TOKEN_NAME.matcher(message);
		StringBuilder out = new StringBuilder();
		while (names.find()) {
			names.appendReplacement(out, Matcher.quoteReplacement(TOKEN_WORDS.getOrDefault(names.group(), names.group())));
		}
		return names.appendTail(out).toString();
	}

	/** The character at the offending token when the lexer split it into two UTF-16 halves, else null. */
	private static String wholeCharacter(RecognitionException exception) {
		if (exception == null || !(exception.token instanceof CommonToken token) || token.getInputStream() == null) {
			return null;
		}
		CharStream input = token.getInputStream();
		int start = token.getStartIndex();
		if (start < 0 || start + 1 >= input.size()) {
			return null;
		}
		String pair = input.substring(start, start + 1);
		return pair.length() == 2 && Character.isSurrogatePair(pair.charAt(0), pair.charAt(1)) ? pair : null;
	}
}
