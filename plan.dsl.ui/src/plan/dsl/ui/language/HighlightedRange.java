package plan.dsl.ui.language;

/** One range of semantic highlighting: offset and length in the document, and the style id of plan.dsl.ide. */
public record HighlightedRange(int offset, int length, String style) {
}
