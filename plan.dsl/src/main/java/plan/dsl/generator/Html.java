package plan.dsl.generator;

/**
 * Escaping for text from plans placed into HTML, SVG and XML: every string of a plan is shown literally,
 * never interpreted ({@code <script>} in a title is displayed, not run).
 */
public final class Html {

	private Html() {
	}

	/** Escapes text for element content and for double- or single-quoted attribute values. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// control characters other than tab/newline are not allowed in XML 1.0 (SVG must stay valid)
					if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
						out.append('\uFFFD');
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
