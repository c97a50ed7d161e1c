package plan.dsl.generator.document;

import static plan.dsl.generator.document.MarkdownText.escape;
import static plan.dsl.generator.document.MarkdownText.escapeBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the outline as CommonMark with GFM tables: {@code #} for the title, {@code ##}–{@code ####} for the
 * three heading levels, tables with a bold total row. All plan text goes through {@link MarkdownText}.
 */
public final class MarkdownRenderer {

	private final StringBuilder out = new StringBuilder(8192);

	public static String render(PlanDocument document) {
		return new MarkdownRenderer().document(document);
	}

	private String document(PlanDocument document) {
		out.append("# ").append(escape(document.title())).append("\n\n");
		List<String> front = new ArrayList<>();
		if (!document.organization().isEmpty()) {
			front.add(document.organization());
		}
		front.addAll(document.frontMatter());
		for (int i = 0; i < front.size(); i++) {
			// a backslash at the end of a line is CommonMark's hard line break
			out.append(escapeBlock(front.get(i))).append(i < front.size() - 1 ? "\\\n" : "\n\n");
		}
		document.sections().forEach(this::section);
		return out.toString();
	}

	private void section(Section section) {
		out.append("#".repeat(section.level() + 1)).append(' ').append(escape(section.heading())).append("\n\n");
		section.blocks().forEach(this::block);
		section.subsections().forEach(this::section);
	}

	private void block(Block block) {
		switch (block) {
			case Block.Paragraph paragraph -> out.append(escapeBlock(paragraph.text())).append("\n\n");
			case Block.Field field -> out.append(strong(field.label())).append(escape(field.value())).append("\n\n");
			case Block.Items items -> items(items);
			case Block.Table table -> table(table);
		}
	}

	private void items(Block.Items items) {
		if (items.caption() != null) {
			out.append(strong(items.caption().strip())).append("\n\n");
		}
		items.items().forEach(item -> out.append("- ").append(escapeBlock(item)).append('\n'));
		out.append('\n');
	}

	private void table(Block.Table table) {
		if (table.caption() != null) {
			out.append(strong(table.caption().strip())).append("\n\n");
		}
		row(table.header(), false);
		out.append('|');
		table.header().forEach(cell -> out.append(" --- |"));
		out.append('\n');
		table.rows().forEach(row -> row(row, false));
		if (table.hasTotal()) {
			row(table.total(), true);
		}
		out.append('\n');
	}

	private void row(List<String> cells, boolean bold) {
		out.append('|');
		for (String cell : cells) {
			out.append(' ').append(bold && !cell.isEmpty() ? strong(cell) : escape(cell)).append(" |");
		}
		out.append('\n');
	}

	/**
	 * Bold text with its trailing colon outside the asterisks: CommonMark does not close {@code **} after
	 * punctuation that is followed by a letter, so "**主题：**岗位" would print its asterisks.
	 */
	private static String strong(String label) {
		int end = label.length();
		while (end > 0 && "：: ".indexOf(label.charAt(end - 1)) >= 0) {
			end--;
		}
		if (end == 0) {
			return escape(label);
		}
		return "**" + escape(label.substring(0, end)) + "**" + escape(label.substring(end));
	}
}
