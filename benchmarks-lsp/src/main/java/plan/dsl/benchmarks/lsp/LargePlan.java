package plan.dsl.benchmarks.lsp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plan.dsl.benchmarks.SyntheticPlans;

/**
 * A synthetic annual plan of at least the wanted number of lines, with the places the benchmark edits: the
 * header lines of projects in the middle and three quarters down, and the names of its people. Its keywords
 * are English, so it says {@code language en}: completion offers the keywords of the plan's language, and
 * the benchmark types English ones.
 */
final class LargePlan {

	private static final Pattern PERSON = Pattern.compile("^ {8}person (\\S+) \"", Pattern.MULTILINE);

	final String text;
	final int projects;
	final List<String> lines;

	private LargePlan(String text, int projects) {
		this.text = text;
		this.projects = projects;
		this.lines = text.lines().toList();
	}

	/** The smallest synthetic plan with at least {@code minLines} lines. */
	static LargePlan withLines(int minLines) {
		int projects = Math.max(1, minLines / 11);
		String text = SyntheticPlans.generate(projects);
		while (text.lines().count() < minLines) {
			projects += Math.max(1, (int) ((minLines - text.lines().count()) / 11));
			text = SyntheticPlans.generate(projects);
		}
		return new LargePlan(text.replace("\n    language zh\n", "\n    language en\n"), projects);
	}

	/** The 0-based line of the project header ({@code project X "…" {}) nearest to {@code fraction} of the file. */
	int projectHeaderNear(double fraction) {
		int target = (int) (lines.size() * fraction);
		for (int distance = 0; distance < lines.size(); distance++) {
			for (int line : new int[] { target - distance, target + distance }) {
				if (line >= 0 && line < lines.size() && lines.get(line).startsWith("    project ")) {
					return line;
				}
			}
		}
		throw new IllegalStateException("the plan has no project");
	}

	/** The first line after {@code from} that starts with {@code prefix}. */
	int lineAfter(int from, String prefix) {
		for (int line = from + 1; line < lines.size(); line++) {
			if (lines.get(line).startsWith(prefix)) {
				return line;
			}
		}
		throw new IllegalStateException("no line starting with '" + prefix + "' after line " + from);
	}

	String firstPerson() {
		Matcher person = PERSON.matcher(text);
		if (!person.find()) {
			throw new IllegalStateException("the plan has no person");
		}
		return person.group(1);
	}
}
