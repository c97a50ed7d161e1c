package plan.dsl.ide.quickfix;

/** Replace {@code length} characters at {@code offset} of the original text by {@code text} (an insertion when 0). */
public record Replacement(int offset, int length, String text) {

	public static Replacement insert(int offset, String text) {
		return new Replacement(offset, 0, text);
	}
}
