package plan.dsl.generator.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the content of one section and leaves out what the plan does not say, so the document shows
 * only sections, fields and tables the plan actually has (no empty headings, no "—" rows).
 */
final class SectionContent {

	private final List<Block> blocks = new ArrayList<>();
	private final List<Section> subsections = new ArrayList<>();

	SectionContent paragraph(String text) {
		if (present(text)) {
			blocks.add(new Block.Paragraph(text));
		}
		return this;
	}

	SectionContent field(String label, String value) {
		if (present(value)) {
			blocks.add(new Block.Field(label, value));
		}
		return this;
	}

	SectionContent items(String caption, List<String> items) {
		List<String> present = items.stream().filter(SectionContent::present).toList();
		if (!present.isEmpty()) {
			blocks.add(new Block.Items(caption, present));
		}
		return this;
	}

	SectionContent table(Block.Table table) {
		if (!table.rows().isEmpty()) {
			blocks.add(table);
		}
		return this;
	}

	SectionContent subsection(Optional<Section> section) {
		section.ifPresent(subsections::add);
		return this;
	}

	/** The section, or nothing when the plan gave it no content. */
	Optional<Section> section(int level, String title) {
		if (blocks.isEmpty() && subsections.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Section.of(level, title, blocks, subsections));
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	/** A cell value: never null, since tables hold plain strings. */
	static String cell(String text) {
		return text == null ? "" : text;
	}
}
