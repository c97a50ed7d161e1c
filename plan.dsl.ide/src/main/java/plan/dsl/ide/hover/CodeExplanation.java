package plan.dsl.ide.hover;

import java.util.List;

import plan.dsl.messages.PlanMessages;

/**
 * What a diagnostic code means, how to fix it and an example, as Markdown for a hover over the diagnosed
 * text — the texts {@code plan explain CODE} prints, in the plan's language.
 */
public final class CodeExplanation {

	private static final List<String> PARTS = List.of("what", "fix", "example");

	private CodeExplanation() {
	}

	/** The explanation of {@code code}, or {@code null} for a code without one. */
	public static String of(String code, PlanMessages messages) {
		if (code == null || !messages.has("cli.explain." + code + ".what")) {
			return null;
		}
		StringBuilder text = new StringBuilder("**").append(code).append("**");
		for (String part : PARTS) {
			String key = "cli.explain." + code + "." + part;
			if (messages.has(key)) {
				String value = messages.get(key);
				text.append("\n\n").append(messages.get("cli.explain.label." + part)).append(": ")
						.append(part.equals("example") ? "`" + value.replace("`", "'") + "`" : HoverText.escape(value));
			}
		}
		return text.toString();
	}
}
