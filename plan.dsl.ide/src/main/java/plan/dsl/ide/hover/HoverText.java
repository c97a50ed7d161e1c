package plan.dsl.ide.hover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;

/**
 * Markdown for a hover, in the plan's language: one paragraph per line of information, lists joined as the
 * language joins them (", " or "、"), and every text from the plan escaped so it shows exactly as written,
 * never as Markdown or HTML.
 */
final class HoverText {

	private final PlanMessages messages;
	private final List<String> paragraphs = new ArrayList<>();

	HoverText(Plan plan) {
		this.messages = PlanMessages.of(plan);
	}

	PlanMessages messages() {
		return messages;
	}

	/** A paragraph from message {@code key}; string arguments are the author's text and get escaped. */
	HoverText add(String key, Object... args) {
		paragraphs.add(text(key, args));
		return this;
	}

	/** A paragraph only when {@code items} is not empty: {@code key} with the items as a list. */
	HoverText addList(String key, List<String> items) {
		if (!items.isEmpty()) {
			paragraphs.add(messages.get(key, join(items)));
		}
		return this;
	}

	/** The text of {@code key} with escaped string arguments, for building list items. */
	String text(String key, Object... args) {
		return messages.get(key, Arrays.stream(args).map(a -> a instanceof String s ? escape(s) : a).toArray());
	}

	String join(List<String> items) {
		return String.join(messages.get("quickfix.list.separator"), items);
	}

	String build() {
		return String.join("\n\n", paragraphs);
	}

	/**
	 * Backslash before every character that could start Markdown or HTML inside a line (the author's text is
	 * never at the start of a line here); line breaks become spaces.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c == '\n' || c == '\r' ? ' ' : c);
		}
		return escaped.toString();
	}
}
