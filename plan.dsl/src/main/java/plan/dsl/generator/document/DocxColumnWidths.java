package plan.dsl.generator.document;

import java.util.List;

/**
 * Column widths of a DOCX table that fill the text block. Each column wants the width of its longest text
 * (a Chinese character counts twice a Latin one); when the wishes do not fit, every column keeps at least
 * four Chinese characters and the rest of the width goes to the columns that want more, in proportion.
 */
final class DocxColumnWidths {

	/** Half the width of a 10.5 pt (五号) character, the unit text widths are measured in, in twips. */
	private static final int UNIT_TWIPS = 105;
	/** Word's default cell margins, left plus right. */
	private static final int CELL_MARGINS_TWIPS = 216;
	private static final int MIN_UNITS = 8;
	private static final int MAX_UNITS = 80;

	private DocxColumnWidths() {
	}

	/** Widths in twips, adding up to exactly {@code totalTwips}. */
	static int[] of(Block.Table table, int totalTwips) {
		int columns = table.header().size();
		double[] wanted = new double[columns];
		double[] least = new double[columns];
		for (int column = 0; column < columns; column++) {
			int longest = units(table.header().get(column));
			for (List<String> row : table.rows()) {
				longest = Math.max(longest, units(row.get(column)));
			}
			if (table.hasTotal()) {
				longest = Math.max(longest, units(table.total().get(column)));
			}
			// one unit of slack: bold text (header, total) is a little wider than the count says
			wanted[column] = Math.clamp(longest + 1, 2, MAX_UNITS);
			least[column] = Math.min(wanted[column], MIN_UNITS);
		}
		double available = (double) (totalTwips - columns * CELL_MARGINS_TWIPS) / UNIT_TWIPS;
		double[] units = distribute(wanted, least, available);
		int[] widths = new int[columns];
		int assigned = 0;
		for (int column = 0; column < columns; column++) {
			widths[column] = column == columns - 1 ? totalTwips - assigned
					: (int) Math.round(units[column] * UNIT_TWIPS) + CELL_MARGINS_TWIPS;
			assigned += widths[column];
		}
		return widths;
	}

	private static double[] distribute(double[] wanted, double[] least, double available) {
		double wantedSum = sum(wanted);
		double leastSum = sum(least);
		double[] units = new double[wanted.length];
		for (int i = 0; i < wanted.length; i++) {
			if (wantedSum <= available) {
				units[i] = wanted[i] * available / wantedSum;
			} else if (leastSum >= available) {
				units[i] = least[i] * available / leastSum;
			} else {
				units[i] = least[i] + (available - leastSum) * (wanted[i] - least[i]) / (wantedSum - leastSum);
			}
		}
		return units;
	}

	/** Display width: CJK ideographs, kana, Hangul and full-width forms take two units, others one. */
	static int units(String text) {
		int units = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			units += isWide(text.codePointAt(i)) ? 2 : 1;
		}
		return units;
	}

	private static boolean isWide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (codePoint == '“' || codePoint == '”');
	}

	private static double sum(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum;
	}
}
