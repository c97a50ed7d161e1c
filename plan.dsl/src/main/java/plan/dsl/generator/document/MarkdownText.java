package plan.dsl.generator.document;

import java.util.regex.Pattern;

/**
 * Escaping of plan text for Markdown. Markdown passes raw HTML through, so markup characters become
 * entities (a {@code <script>} in a title stays text in every Markdown viewer); Markdown's own syntax
 * characters are backslash-escaped so plan text cannot turn into links, emphasis or table cells.
 */
public final class MarkdownText {

	/** ASCII punctuation that Markdown (CommonMark + GFM tables and strikethrough) gives a meaning inline. */
	private static final String INLINE_SYNTAX = "\\`*_[]|~!";

	/** Line starts that would make a heading, list, quote, rule or setext underline. */
	private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#>+=-]|\\d+[.)])");

	private MarkdownText() {
	}

	/** Plan text that starts a paragraph or list item, where "1." or "-" would open a list. */
	public static String escapeBlock(String text) {
		return escapeBlockStart(escape(text));
	}

	/** Plan text inside a line (heading, table cell, after a label): one source line, newlines as {@code <br>}. */
	public static String escape(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String[] lines = text.split("\\r?\\n|\\r", -1);
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append("<br>");
			}
			out.append(escapeLine(lines[i]));
		}
		return out.toString();
	}

	private static String escapeLine(String line) {
		StringBuilder out = new StringBuilder(line.length() + 8);
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				default -> {
					if (INLINE_SYNTAX.indexOf(c) >= 0) {
						out.append('\\');
					}
					out.append(c < 0x20 && c != '\t' ? '\uFFFD' : c);
				}
			}
		}
		return out.toString();
	}

	/** "1. 现状" or "- 注" at the start of a paragraph would become a list: escape its marker. */
	private static String escapeBlockStart(String line) {
		var matcher = BLOCK_START.matcher(line);
		if (!matcher.find()) {
			return line;
		}
		String marker = matcher.group(2);
		int markerEnd = matcher.end(2);
		int escapeAt = marker.length() == 1 ? matcher.start(2) : markerEnd - 1;
		return line.substring(0, escapeAt) + "\\" + line.substring(escapeAt);
	}
}
