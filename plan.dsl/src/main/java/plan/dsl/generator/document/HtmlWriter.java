package plan.dsl.generator.document;

import java.util.regex.Pattern;

import plan.dsl.generator.Html;

/**
 * Builds HTML so that text is escaped by construction: tag and attribute names come from the generator
 * (checked to be plain names), every text and attribute value goes through {@link Html#escape(String)}.
 * There is no method that appends unescaped plan text.
 */
final class HtmlWriter {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

	private final StringBuilder out = new StringBuilder(16384);

	/** Opens {@code tag} with attributes given as name, value pairs. */
	HtmlWriter open(String tag, String... attributes) {
		out.append('<').append(name(tag));
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name, value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			out.append(' ').append(name(attributes[i])).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
		}
		out.append('>');
		return this;
	}

	HtmlWriter close(String tag) {
		out.append("</").append(name(tag)).append('>');
		return this;
	}

	HtmlWriter text(String text) {
		out.append(Html.escape(text));
		return this;
	}

	/** {@code <tag attributes>text</tag>}. */
	HtmlWriter element(String tag, String text, String... attributes) {
		return open(tag, attributes).text(text).close(tag);
	}

	HtmlWriter newline() {
		out.append('\n');
		return this;
	}

	/** The document type and a style sheet, both constants of the generator, never plan text. */
	HtmlWriter doctype() {
		out.append("<!DOCTYPE html>\n");
		return this;
	}

	/** An inline style sheet; refused if it could close its element (it is generator text, not plan text). */
	HtmlWriter style(String css) {
		if (css.indexOf('<') >= 0) {
			throw new IllegalArgumentException("a style sheet must not contain '<'");
		}
		out.append("<style>\n").append(css).append("</style>\n");
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}

	private static String name(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not an HTML name: " + name);
		}
		return name;
	}
}
