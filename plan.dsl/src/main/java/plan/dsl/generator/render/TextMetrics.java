package plan.dsl.generator.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimated width of text without a font at hand, in em: CJK characters (and the full-width punctuation
 * that goes with them) take one em, other characters about 0.55 em. Layouts use it to size boxes and
 * columns, so estimates err on the wide side rather than let text overflow.
 */
public final class TextMetrics {

	public static final double LATIN_EM = 0.55;
	public static final String ELLIPSIS = "…";

	private TextMetrics() {
	}

	/** Width of one character in em. */
	public static double em(int codePoint) {
		if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
			return 0;
		}
		return isFullWidth(codePoint) ? 1.0 : LATIN_EM;
	}

	public static double em(String text) {
		if (text == null) {
			return 0;
		}
		return text.codePoints().mapToDouble(TextMetrics::em).sum();
	}

	static boolean isFullWidth(int c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| script == Character.UnicodeScript.BOPOMOFO) {
			return true;
		}
		return (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation: 、。「」
				|| (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) // full-width forms: ，：（）
				|| (c >= 0x2018 && c <= 0x201F) || c == 0x2026 || c == 0x2014 // “ ” ‘ ’ … — render full-width in CJK fonts
				|| (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3200 && c <= 0x33FF) // radicals, enclosed CJK
				|| c >= 0x1F000; // emoji and other pictographs
	}

	/**
	 * Breaks {@code text} into lines of at most {@code maxEm}: between any two CJK characters, at spaces in
	 * Latin text, and inside a Latin word only when the word alone is wider than a line.
	 */
	public static List<String> wrap(String text, double maxEm) {
		List<String> lines = new ArrayList<>();
		String rest = text == null ? "" : text.strip();
		while (em(rest) > maxEm) {
			int cut = breakBefore(rest, maxEm);
			lines.add(rest.substring(0, cut).stripTrailing());
			rest = rest.substring(cut).stripLeading();
		}
		if (!rest.isEmpty() || lines.isEmpty()) {
			lines.add(rest);
		}
		return lines;
	}

	/** Wraps and keeps at most {@code maxLines}, ending the last kept line with an ellipsis when cut. */
	public static List<String> wrap(String text, double maxEm, int maxLines) {
		List<String> lines = wrap(text, maxEm);
		if (lines.size() <= maxLines) {
			return lines;
		}
		List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
		// the last kept line and the next one never fit together, so this always ends with the ellipsis
		kept.set(maxLines - 1, truncate(kept.get(maxLines - 1) + " " + lines.get(maxLines), maxEm));
		return kept;
	}

	/** {@code text} if it fits in {@code maxEm}, else its longest prefix that fits with "…" appended. */
	public static String truncate(String text, double maxEm) {
		String value = text == null ? "" : text;
		if (em(value) <= maxEm) {
			return value;
		}
		double budget = maxEm - em(ELLIPSIS);
		double used = 0;
		int end = 0;
		while (end < value.length()) {
			int c = value.codePointAt(end);
			if (used + em(c) > budget) {
				break;
			}
			used += em(c);
			end += Character.charCount(c);
		}
		return value.substring(0, end).stripTrailing() + ELLIPSIS;
	}

	/** Index at which the first line of {@code text} ends (exclusive); always at least one character. */
	private static int breakBefore(String text, double maxEm) {
		double used = 0;
		int lastBreak = -1;
		int i = 0;
		while (i < text.length()) {
			int c = text.codePointAt(i);
			if (used + em(c) > maxEm) {
				break;
			}
			used += em(c);
			i += Character.charCount(c);
			if (c == ' ' || isFullWidth(c) || (i < text.length() && isFullWidth(text.codePointAt(i)))) {
				lastBreak = i;
			}
		}
		if (i == 0) {
			return Character.charCount(text.codePointAt(0));
		}
		return lastBreak > 0 ? lastBreak : i;
	}
}
