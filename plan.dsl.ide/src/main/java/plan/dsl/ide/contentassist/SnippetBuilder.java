package plan.dsl.ide.contentassist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Text in the LSP snippet syntax ({@code ${1:default}}, {@code ${2|a,b|}}, {@code $1}): tab stops numbered in
 * the order they are written, a named stop written twice becomes a mirror (the person declared in the team
 * and named as a goal's owner change together), and everything else is escaped so a plan's own text can
 * never turn into snippet syntax.
 */
final class SnippetBuilder {

	static final String INDENT = "    ";

	private final StringBuilder text = new StringBuilder();
	private final Map<String, Integer> named = new HashMap<>();
	private int next = 1;

	/** Literal text; a brace outside a tab stop needs no escape, and readers of the raw text see it plain. */
	SnippetBuilder text(String literal) {
		text.append(escape(literal, "$\\"));
		return this;
	}

	/** A new line indented by {@code level} steps. */
	SnippetBuilder line(int level) {
		text.append('\n').append(INDENT.repeat(level));
		return this;
	}

	/** A tab stop whose default text the author overwrites. */
	SnippetBuilder stop(String defaultText) {
		text.append("${").append(next++).append(':').append(escape(defaultText, "$}\\")).append('}');
		return this;
	}

	/** A tab stop inside double quotes. */
	SnippetBuilder quoted(String defaultText) {
		return text("\"").stop(defaultText).text("\"");
	}

	/** A tab stop that repeats wherever {@code name} is used again in this snippet. */
	SnippetBuilder shared(String name, String defaultText) {
		Integer number = named.get(name);
		if (number != null) {
			text.append('$').append(number);
			return this;
		}
		named.put(name, next);
		return stop(defaultText);
	}

	/** A tab stop offering {@code options}, the first one preselected. */
	SnippetBuilder choice(List<String> options) {
		text.append("${").append(next++).append('|')
				.append(options.stream().map(o -> escape(o, "$}\\,|")).collect(Collectors.joining(","))).append("|}");
		return this;
	}

	String build() {
		return text.toString();
	}

	private static String escape(String text, String special) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (special.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}
}
