package plan.dsl.generator.document;

import java.util.ArrayList;
import java.util.List;

import plan.dsl.plan.DocLanguage;

/**
 * Numbers a finished outline. Chinese plans use the official-document sequence (GB/T 9704): 一、 then （一）
 * then 1.; English plans use decimal outline numbers 1, 1.1, 1.1.1. Numbering runs over the sections that
 * are present, so a plan without a team section has no gap in its numbers.
 */
public final class HeadingNumbers {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private final DocLanguage language;

	public HeadingNumbers(DocLanguage language) {
		this.language = language;
	}

	public List<Section> number(List<Section> sections) {
		return number(sections, "");
	}

	private List<Section> number(List<Section> sections, String parentNumber) {
		List<Section> numbered = new ArrayList<>();
		int position = 0;
		for (Section section : sections) {
			position++;
			String decimal = parentNumber.isEmpty() ? Integer.toString(position) : parentNumber + "." + position;
			String printed = language == DocLanguage.EN ? decimal : chinese(section.level(), position);
			numbered.add(section.withNumber(printed, number(section.subsections(), decimal)));
		}
		return numbered;
	}

	private static String chinese(int level, int position) {
		return switch (level) {
			case 1 -> numeral(position) + "、";
			case 2 -> "（" + numeral(position) + "）";
			default -> position + ".";
		};
	}

	/** Chinese numeral for 1–99 as written in headings: 一, 十, 十一, 二十, 二十一. */
	static String numeral(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("heading number out of range: " + n);
		}
		if (n < 10) {
			return DIGITS[n];
		}
		int tens = n / 10;
		int units = n % 10;
		return (tens == 1 ? "" : DIGITS[tens]) + "十" + (units == 0 ? "" : DIGITS[units]);
	}
}
