package plan.dsl.generator.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

import plan.dsl.generator.Html;

/**
 * Builds HTML and SVG in which text from a plan can only ever be text: element and attribute names come
 * from our code and are checked, every text and attribute value goes through {@link Html#escape(String)}.
 * The only way to add unescaped markup is {@link #trusted(String)}, meant for the generators' own style
 * sheets, never for plan content. Elements and attributes that run scripts or fetch resources are refused
 * outright: the outputs must work offline and show hostile text literally.
 */
public final class Markup {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");
	/** Elements and attributes that run code or load resources: no output of ours needs them. */
	private static final Pattern FORBIDDEN_TAG = Pattern.compile("(?i)script|iframe|object|embed|link|img|image|use|foreignObject");
	/** Elements that may be written as {@code <x/>}: HTML void elements and SVG shapes (HTML reads a
	 * {@code <div/>} as an opening tag, so other elements must be closed explicitly). */
	private static final Pattern EMPTY_ALLOWED = Pattern.compile("meta|br|hr|col|wbr|rect|line|path|circle|ellipse|polygon|polyline|stop");
	private static final Pattern FORBIDDEN_ATTRIBUTE = Pattern.compile("(?i)on.*|src|href|xlink:href|srcset|action|formaction");

	private final StringBuilder out;
	private final Deque<String> open = new ArrayDeque<>();

	public Markup() {
		this(8192);
	}

	public Markup(int capacity) {
		out = new StringBuilder(capacity);
	}

	/**
	 * Opens an element. {@code attributes} are name/value pairs; a {@code null} value leaves the attribute
	 * out, {@code Boolean.TRUE} writes it without a value (HTML boolean attributes).
	 */
	public Markup open(String tag, Object... attributes) {
		startTag(tag, attributes);
		out.append('>');
		open.push(tag);
		return this;
	}

	/** Closes the element opened last. */
	public Markup close() {
		if (open.isEmpty()) {
			throw new IllegalStateException("nothing left to close");
		}
		out.append("</").append(open.pop()).append('>');
		return this;
	}

	/** An element without content: an HTML void element ({@code meta}, {@code br}) or any SVG element. */
	public Markup empty(String tag, Object... attributes) {
		if (!EMPTY_ALLOWED.matcher(tag).matches()) {
			throw new IllegalArgumentException("<" + tag + "/> is not an empty element in HTML");
		}
		startTag(tag, attributes);
		out.append("/>");
		return this;
	}

	/** An element holding only {@code text}. */
	public Markup element(String tag, String text, Object... attributes) {
		return open(tag, attributes).text(text).close();
	}

	public Markup text(String text) {
		out.append(Html.escape(text));
		return this;
	}

	/**
	 * A link to another output of the same run, {@code <a href="relative">text</a>}: only a relative path
	 * inside the output folder is accepted (no scheme, no leading slash, no {@code ..}), each segment
	 * percent-encoded, so Chinese names and spaces work and a plan name can never become a script URL.
	 */
	public Markup relativeLink(String relativePath, String text) {
		StringBuilder encoded = new StringBuilder();
		for (String segment : relativePath.replace('\\', '/').split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw new IllegalArgumentException("not a relative path inside the output folder: " + relativePath);
			}
			if (encoded.length() > 0) {
				encoded.append('/');
			}
			encoded.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		out.append("<a href=\"").append(Html.escape(encoded.toString())).append("\">").append(Html.escape(text))
				.append("</a>");
		return this;
	}

	/** A line break between elements, so the source stays readable. */
	public Markup newline() {
		out.append('\n');
		return this;
	}

	/** Markup written by the generators themselves (style sheets, doctype); never pass plan text here. */
	public Markup trusted(String markup) {
		out.append(markup);
		return this;
	}

	/** Appends finished markup built by another (already escaped) builder. */
	public Markup append(Markup other) {
		if (!other.open.isEmpty()) {
			throw new IllegalStateException("unclosed <" + other.open.peek() + ">");
		}
		out.append(other.out);
		return this;
	}

	/** The markup; every element must have been closed. */
	@Override
	public String toString() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("unclosed <" + open.peek() + ">");
		}
		return out.toString();
	}

	/** A coordinate or length for SVG: at most two decimals, never exponent notation or a locale comma. */
	public static String num(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		String text = String.format(Locale.ROOT, "%.2f", value);
		text = text.replaceAll("0+$", "");
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	private void startTag(String tag, Object[] attributes) {
		checkName(tag);
		if (FORBIDDEN_TAG.matcher(tag).matches()) {
			throw new IllegalArgumentException("<" + tag + "> would run code or load a resource");
		}
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name/value pairs");
		}
		out.append('<').append(tag);
		for (int i = 0; i < attributes.length; i += 2) {
			String name = String.valueOf(attributes[i]);
			Object value = attributes[i + 1];
			checkName(name);
			if (FORBIDDEN_ATTRIBUTE.matcher(name).matches()) {
				throw new IllegalArgumentException(name + "= would run code or load a resource");
			}
			if (value == null || Boolean.FALSE.equals(value)) {
				continue;
			}
			out.append(' ').append(name);
			if (!Boolean.TRUE.equals(value)) {
				out.append("=\"").append(Html.escape(format(value))).append('"');
			}
		}
	}

	private static String format(Object value) {
		return value instanceof Double || value instanceof Float ? num(((Number) value).doubleValue())
				: String.valueOf(value);
	}

	private static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not an element or attribute name: " + name);
		}
	}
}
