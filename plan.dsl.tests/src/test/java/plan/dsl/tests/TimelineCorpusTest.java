package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import plan.dsl.validation.PlanIssueCodes;

/**
 * The acceptance corpus as far as the timeline, criteria, budget, publicity, approval and tracking rules
 * go: the complete plans get none of their diagnostics, and the broken plan gets each one its
 * {@code // expect:} comments name, on that line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class TimelineCorpusTest extends TimelineTestSupport {

	private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.*)$");

	private record Expected(int line, Severity severity, String code) {
	}

	private static boolean isOurs(String code) {
		return code != null && (code.equals(PlanIssueCodes.DATE_INVALID) || code.equals(PlanIssueCodes.PERIOD_INVERTED)
				|| code.matches("(timeline|criteria|budget|publicity|approval|tracking)\\..*"));
	}

	private static String read(String name) throws IOException {
		Path file = CliProcess.sharedExamples().resolve(name);
		Assumptions.assumeTrue(Files.isRegularFile(file), "shared corpus not present: " + file);
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cxzy-2026.plan", "dangjian-2027.plan", "volunteer-week.plan" })
	void completePlansGetNoneOfOurDiagnostics(String name) throws IOException {
		List<Issue> ours = validate(read(name)).stream().filter(i -> isOurs(i.getCode())).toList();
		assertTrue(ours.isEmpty(), () -> name + ":" + describe(ours));
	}

	@Test
	void brokenPlanGetsEveryExpectedDiagnosticOfOursOnItsLine() throws IOException {
		String src = read("invalid/broken-activity.plan");
		List<Issue> issues = validate(src);
		List<Expected> expected = expectations(src).stream().filter(e -> isOurs(e.code())).toList();
		assertTrue(expected.size() >= 7, "corpus changed? " + expected);
		for (Expected e : expected) {
			assertIssue(issues, e.code(), e.severity(), e.line());
		}
		// nothing of ours beyond that, except the cycle also shown on its other reference
		List<Issue> unexpected = issues.stream().filter(i -> isOurs(i.getCode()))
				.filter(i -> expected.stream().noneMatch(e -> e.code().equals(i.getCode()) && e.line() == i.getLineNumber()))
				.filter(i -> !PlanIssueCodes.DEPENDENCY_CYCLE.equals(i.getCode())).toList();
		assertTrue(unexpected.isEmpty(), () -> describe(unexpected));
	}

	private static List<Expected> expectations(String source) {
		List<Expected> result = new ArrayList<>();
		String[] lines = source.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher m = EXPECT.matcher(lines[i]);
			if (!m.find() || lines[i].trim().startsWith("//")) {
				continue;
			}
			for (String part : m.group(1).split(",")) {
				String[] words = part.trim().split("\\s+");
				result.add(new Expected(i + 1, Severity.valueOf(words[0].toUpperCase(Locale.ROOT)), words[1]));
			}
		}
		return result;
	}
}
