package plan.dsl.generator.document;

import java.util.List;

/**
 * One numbered heading with its content and its subsections; {@code level} is 1 for 一、, 2 for （一）, 3 for 1.
 *
 * @param number the heading number as printed ("一、", "（二）", "3.", "1.2"), empty before numbering
 */
public record Section(int level, String number, String title, List<Block> blocks, List<Section> subsections) {

	public Section {
		blocks = List.copyOf(blocks);
		subsections = List.copyOf(subsections);
	}

	/** An unnumbered section; {@link HeadingNumbers} numbers the finished outline. */
	public static Section of(int level, String title, List<Block> blocks, List<Section> subsections) {
		return new Section(level, "", title, blocks, subsections);
	}

	/** The heading as printed: number and title, with the space English numbering needs. */
	public String heading() {
		if (number.isEmpty()) {
			return title;
		}
		boolean chineseNumber = number.endsWith("、") || number.endsWith("）") || number.endsWith(".");
		return chineseNumber ? number + title : number + " " + title;
	}

	public boolean isEmpty() {
		return blocks.isEmpty() && subsections.isEmpty();
	}

	Section withNumber(String newNumber, List<Section> numberedSubsections) {
		return new Section(level, newNumber, title, blocks, numberedSubsections);
	}
}
