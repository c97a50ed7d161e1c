package plan.dsl.generator.document;

import java.util.ArrayList;
import java.util.List;

/** Content under a heading. Plain text only: each renderer escapes it for its format. */
public sealed interface Block {

	/** A paragraph of running text. */
	record Paragraph(String text) implements Block {
	}

	/** A labelled value on its own line, e.g. "口号：比学赶超 争当先进"; the label carries its punctuation. */
	record Field(String label, String value) implements Block {
	}

	/** A bulleted list, optionally introduced by a caption line. */
	record Items(String caption, List<String> items) implements Block {
		public Items {
			items = List.copyOf(items);
		}
	}

	/**
	 * A table with a header row; {@code total} is an optional closing row (sums), {@code null} when there is
	 * none. Every row has as many cells as the header.
	 */
	record Table(String caption, List<String> header, List<List<String>> rows, List<String> total) implements Block {
		public Table {
			header = List.copyOf(header);
			List<List<String>> copied = new ArrayList<>();
			for (List<String> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException("row " + row + " does not match header " + header);
				}
				copied.add(List.copyOf(row));
			}
			rows = List.copyOf(copied);
			if (total != null && total.size() != header.size()) {
				throw new IllegalArgumentException("total " + total + " does not match header " + header);
			}
			total = total == null ? null : List.copyOf(total);
		}

		public boolean hasTotal() {
			return total != null;
		}
	}
}
