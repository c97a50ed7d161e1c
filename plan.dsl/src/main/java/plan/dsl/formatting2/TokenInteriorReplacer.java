package plan.dsl.formatting2;

import java.util.regex.Pattern;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Normalises the whitespace inside a token made of several terminals ({@code 40 %}, {@code Plan.G1}), which
 * Xtext treats as one region and never formats. A token with a comment inside is left as written.
 */
final class TokenInteriorReplacer implements ITextReplacer {

	/** The grammar's WS characters, including the ideographic space and the byte order mark. */
	private static final String WHITESPACE = "[ \t\r\n\u3000\uFEFF]";

	private final ISemanticRegion token;
	private final Pattern gap;
	private final String replacement;

	private TokenInteriorReplacer(ISemanticRegion token, Pattern gap, String replacement) {
		this.token = token;
		this.gap = gap;
		this.replacement = replacement;
	}

	/** A percentage is written with one space before {@code %}: {@code 40 %}. */
	static TokenInteriorReplacer percent(ISemanticRegion token) {
		return new TokenInteriorReplacer(token, Pattern.compile(WHITESPACE + "*%"), " %");
	}

	/** A qualified name has no spaces around its dots: {@code Plan.G1}. */
	static TokenInteriorReplacer qualifiedName(ISemanticRegion token) {
		return new TokenInteriorReplacer(token, Pattern.compile(WHITESPACE + "+"), "");
	}

	@Override
	public ITextSegment getRegion() {
		return token;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		String text = token.getText();
		if (text.contains("//") || text.contains("/*")) {
			return context;
		}
		String canonical = gap.matcher(text).replaceAll(replacement);
		if (!canonical.equals(text)) {
			context.addReplacement(token.replaceWith(canonical));
		}
		return context;
	}
}
