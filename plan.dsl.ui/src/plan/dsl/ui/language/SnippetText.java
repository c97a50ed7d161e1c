package plan.dsl.ui.language;

/**
 * A snippet of the protocol ({@code ${1:default}}, {@code $0}, {@code \$}) as the text it inserts, every tab
 * stop replaced by its default, and where the first tab stop lies (the editor selects it, so typing replaces
 * the first placeholder).
 *
 * @param selectionOffset offset of the first tab stop in {@code text}, or {@code text.length()} when there is none
 */
public record SnippetText(String text, int selectionOffset, int selectionLength) {

	public static SnippetText of(String snippet) {
		StringBuilder out = new StringBuilder();
		java.util.Map<Integer, String> defaults = new java.util.HashMap<>();
		int firstStop = Integer.MAX_VALUE;
		int selectionOffset = -1;
		int selectionLength = 0;
		int i = 0;
		while (i < snippet.length()) {
			char c = snippet.charAt(i);
			if (c == '\\' && i + 1 < snippet.length() && "$}\\,|".indexOf(snippet.charAt(i + 1)) >= 0) {
				out.append(snippet.charAt(i + 1));
				i += 2;
			} else if (c == '$' && i + 1 < snippet.length() && Character.isDigit(snippet.charAt(i + 1))) {
				int end = i + 1;
				while (end < snippet.length() && Character.isDigit(snippet.charAt(end))) {
					end++;
				}
				int stop = Integer.parseInt(snippet.substring(i + 1, end));
				out.append(defaults.getOrDefault(stop, "")); // a mirror repeats its stop's default
				if (stop != 0 && stop < firstStop) {
					firstStop = stop;
					selectionOffset = out.length();
					selectionLength = 0;
				}
				i = end;
			} else if (c == '$' && i + 1 < snippet.length() && snippet.charAt(i + 1) == '{') {
				int end = i + 2;
				while (end < snippet.length() && Character.isDigit(snippet.charAt(end))) {
					end++;
				}
				int stop = end > i + 2 ? Integer.parseInt(snippet.substring(i + 2, end)) : 0;
				int close = closingBrace(snippet, end);
				String placeholder = end < snippet.length() && (snippet.charAt(end) == ':' || snippet.charAt(end) == '|')
						? of(choiceOrDefault(snippet.substring(end, close))).text() : "";
				if (stop != 0 && stop < firstStop) {
					firstStop = stop;
					selectionOffset = out.length();
					selectionLength = placeholder.length();
				}
				defaults.putIfAbsent(stop, placeholder);
				out.append(placeholder);
				i = close + 1;
			} else {
				out.append(c);
				i++;
			}
		}
		return selectionOffset < 0 ? new SnippetText(out.toString(), out.length(), 0)
				: new SnippetText(out.toString(), selectionOffset, selectionLength);
	}

	/** {@code :default} gives the default; {@code |a,b|} gives the first choice. */
	private static String choiceOrDefault(String body) {
		if (body.startsWith(":")) {
			return body.substring(1);
		}
		String choices = body.substring(1, Math.max(1, body.length() - 1));
		int comma = choices.indexOf(',');
		return comma < 0 ? choices : choices.substring(0, comma);
	}

	/** The brace closing the placeholder opened before {@code from}, skipping nested and escaped ones. */
	private static int closingBrace(String snippet, int from) {
		int depth = 0;
		for (int i = from; i < snippet.length(); i++) {
			char c = snippet.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '{') {
				depth++;
			} else if (c == '}') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return snippet.length() - 1;
	}
}
