package plan.dsl.ui.tests;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code // expect: <severity> <code>, ...} comments of a corpus file, as "line severity code" entries. */
final class ExpectComments {

	private static final Pattern EXPECT = Pattern.compile("//\\s*expect:(.*)$");
	private static final Pattern ONE = Pattern.compile("\\s*(error|warning|info)\\s+([a-z]+(?:\\.[a-z-]+)+)\\s*");

	private ExpectComments() {
	}

	static Set<String> of(String text) {
		Set<String> expected = new TreeSet<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher comment = EXPECT.matcher(lines[i]);
			if (comment.find() && !lines[i].trim().startsWith("// Convention")) {
				for (String entry : comment.group(1).split(",")) {
					Matcher one = ONE.matcher(entry);
					if (one.matches()) {
						expected.add((i + 1) + " " + one.group(1) + " " + one.group(2));
					}
				}
			}
		}
		return expected;
	}
}
