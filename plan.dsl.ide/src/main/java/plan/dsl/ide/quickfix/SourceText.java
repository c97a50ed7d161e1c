package plan.dsl.ide.quickfix;

import java.util.List;

/**
 * Layout decisions for text inserted into a {@code .plan} file: the file's own line delimiter, indentation
 * derived from the surrounding block (4 spaces per level, as in every example), and blank lines between
 * sections only where the file does not already have one.
 */
public final class SourceText {

	public static final String INDENT = "    ";

	private final String text;
	private final String delimiter;

	public SourceText(String text) {
		this.text = text;
		this.delimiter = text.contains("\r\n") ? "\r\n" : "\n";
	}

	public String text() {
		return text;
	}

	public String delimiter() {
		return delimiter;
	}

	/** The whitespace that starts the line holding {@code offset}. */
	public String indentationAt(int offset) {
		int start = lineStart(offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/**
	 * Inserts {@code lines} into the block that starts at {@code blockStart} and is closed by the brace at
	 * {@code closingBrace}, as its last lines, one level deeper than the block's first line. Lines may carry
	 * their own relative indentation. With {@code separate}, a blank line goes before them unless one is there
	 * or the block is still empty.
	 */
	public Replacement insertBeforeClosingBrace(int blockStart, int closingBrace, List<String> lines, boolean separate) {
		String blockIndent = indentationAt(blockStart);
		String body = indent(lines, blockIndent + INDENT);
		int lineStart = lineStart(closingBrace);
		if (text.substring(lineStart, closingBrace).isBlank()) {
			String before = text.substring(0, lineStart);
			boolean blank = separate && !endsWithBlankLine(before) && !before.stripTrailing().endsWith("{");
			return Replacement.insert(lineStart, (blank ? delimiter : "") + body);
		}
		// the brace shares its line with content: break the line so the brace gets a line of its own
		int contentEnd = closingBrace;
		while (contentEnd > lineStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
			contentEnd--;
		}
		return new Replacement(contentEnd, closingBrace - contentEnd, delimiter + body + blockIndent);
	}

	/** Inserts {@code lines} as the first lines after the opening brace at {@code openingBrace}. */
	public Replacement insertAfterOpeningBrace(int openingBrace, List<String> lines) {
		String body = indent(lines, indentationAt(openingBrace) + INDENT);
		int lineEnd = text.indexOf('\n', openingBrace);
		if (lineEnd >= 0 && text.substring(openingBrace + 1, lineEnd).isBlank()) {
			return Replacement.insert(lineEnd + 1, body);
		}
		return Replacement.insert(openingBrace + 1, delimiter + body);
	}

	private String indent(List<String> lines, String indentation) {
		StringBuilder result = new StringBuilder();
		for (String line : lines) {
			// blank lines separate sections and carry no trailing spaces
			result.append(line.isEmpty() ? "" : indentation).append(line).append(delimiter);
		}
		return result.toString();
	}

	private int lineStart(int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	private boolean endsWithBlankLine(String before) {
		int lastBreak = before.lastIndexOf('\n', before.length() - 2);
		return before.isEmpty() || before.substring(lastBreak + 1).isBlank();
	}
}
