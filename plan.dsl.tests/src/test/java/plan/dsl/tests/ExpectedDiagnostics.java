package plan.dsl.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a corpus file says about its own diagnostics (see the corpus README): the header
 * {@code // Expected: no diagnostics.} and trailing comments {@code // expect: <severity> <code>[, ...]}.
 * <p>
 * Deliberately free of Xtext types: the validator, command line and language server tests each turn what
 * they observe into {@link Diagnostic}s and compare them here.
 */
public final class ExpectedDiagnostics {

	/**
	 * One diagnostic on a 1-based line; {@code severity} is {@code error}, {@code warning} or {@code info}.
	 * {@code message} is only for failure reports and never takes part in matching.
	 */
	public record Diagnostic(int line, String severity, String code, String message) {

		static Diagnostic expected(int line, String severity, String code) {
			return new Diagnostic(line, severity, code, null);
		}

		boolean sameAs(Diagnostic other) {
			return line == other.line && severity.equals(other.severity) && code.equals(other.code);
		}

		@Override
		public String toString() {
			return "line " + line + ": " + severity + " " + code + (message == null ? "" : " (" + message + ")");
		}
	}

	private static final Pattern NO_DIAGNOSTICS = Pattern.compile("^\\s*//\\s*Expected:\\s*no diagnostics\\.",
			Pattern.MULTILINE);
	private static final Pattern EXPECT_COMMENT = Pattern.compile("//\\s*expect:(.*)$");
	private static final Pattern ONE_EXPECTATION = Pattern.compile("\\s*(error|warning|info)\\s+([a-z]+(?:\\.[a-z-]+)+)\\s*");

	private final boolean declaresNone;
	private final List<Diagnostic> expected;

	private ExpectedDiagnostics(boolean declaresNone, List<Diagnostic> expected) {
		this.declaresNone = declaresNone;
		this.expected = List.copyOf(expected);
	}

	/**
	 * Reads the annotations of a plan's source text.
	 *
	 * @throws IllegalArgumentException for a malformed {@code // expect:} entry, or a file that both declares
	 *         no diagnostics and expects some: a typo must never silently weaken a test
	 */
	public static ExpectedDiagnostics parse(String text) {
		boolean declaresNone = NO_DIAGNOSTICS.matcher(text).find();
		List<Diagnostic> expected = new ArrayList<>();
		String[] lines = text.split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher comment = EXPECT_COMMENT.matcher(lines[i]);
			if (comment.find() && isTrailing(lines[i])) {
				for (String entry : comment.group(1).split(",")) {
					Matcher one = ONE_EXPECTATION.matcher(entry);
					if (!one.matches()) {
						throw new IllegalArgumentException(
								"line " + (i + 1) + ": malformed expectation '" + entry.trim() + "'; write '<severity> <code>'");
					}
					expected.add(Diagnostic.expected(i + 1, one.group(1), one.group(2)));
				}
			}
		}
		if (declaresNone && !expected.isEmpty()) {
			throw new IllegalArgumentException("declares no diagnostics but expects " + expected);
		}
		return new ExpectedDiagnostics(declaresNone, expected);
	}

	/** Only a comment after code annotates its line; a comment line may mention the convention itself. */
	private static boolean isTrailing(String line) {
		String start = line.stripLeading();
		return !(start.startsWith("//") || start.startsWith("/*") || start.startsWith("*"));
	}

	/** Whether the file carries the header {@code // Expected: no diagnostics.} */
	public boolean declaresNone() {
		return declaresNone;
	}

	/** The {@code // expect:} annotations in file order. */
	public List<Diagnostic> expected() {
		return expected;
	}

	/** Expectations that nothing reported matches; each reported diagnostic satisfies at most one expectation. */
	public List<Diagnostic> unmatched(List<Diagnostic> reported) {
		return leftOver(expected, reported);
	}

	/** Reported diagnostics that no expectation names; used where a file's annotations are exhaustive. */
	public List<Diagnostic> unexpected(List<Diagnostic> reported) {
		return leftOver(reported, expected);
	}

	/** Readable list for a failure message, one diagnostic per line. */
	public static String describe(List<Diagnostic> diagnostics) {
		return diagnostics.isEmpty() ? "  (none)"
				: diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
	}

	/** The members of {@code wanted} left after each member of {@code available} has been used at most once. */
	private static List<Diagnostic> leftOver(List<Diagnostic> wanted, List<Diagnostic> available) {
		Map<Integer, Diagnostic> unused = new LinkedHashMap<>();
		for (int i = 0; i < available.size(); i++) {
			unused.put(i, available.get(i));
		}
		List<Diagnostic> left = new ArrayList<>();
		for (Diagnostic w : wanted) {
			Integer match = unused.entrySet().stream().filter(e -> e.getValue().sameAs(w)).map(Map.Entry::getKey)
					.findFirst().orElse(null);
			if (match == null) {
				left.add(w);
			} else {
				unused.remove(match);
			}
		}
		return left;
	}
}
