package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import plan.dsl.plan.Plan;

/**
 * Shared helpers of the timeline, criteria, budget, publicity, approval and tracking tests: parse a small
 * inline plan (syntax errors fail the test, so every test exercises validation, not the parser), validate
 * it, and assert diagnostics by exact code, severity and line.
 */
abstract class TimelineTestSupport {

	@Inject
	private ParseHelper<Plan> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	/** A plan with a 2026 period around {@code body}; {@code settings} go first (status, language, …). */
	static String plan(String settings, String body) {
		return "plan T \"Test\" {\n" + settings + "\n    period from 2026-01-01 to 2026-12-31\n" + body + "\n}\n";
	}

	static String plan(String body) {
		return plan("", body);
	}

	Plan parse(String source) {
		try {
			Plan plan = parseHelper.parse(source);
			assertNotNull(plan, "no model");
			assertTrue(plan.eResource().getErrors().isEmpty(), () -> "syntax errors: " + plan.eResource().getErrors());
			return plan;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	List<Issue> validate(String source) {
		return validationHelper.validate(parse(source));
	}

	/** The 1-based line of the only line of {@code source} containing {@code marker}. */
	static int line(String source, String marker) {
		String[] lines = source.split("\n", -1);
		int found = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(marker)) {
				assertEquals(0, found, "marker on more than one line: " + marker);
				found = i + 1;
			}
		}
		assertTrue(found > 0, "marker not in source: " + marker);
		return found;
	}

	/** Exactly one diagnostic with {@code code} on {@code line}, and it has {@code severity}. */
	static Issue assertIssue(List<Issue> issues, String code, Severity severity, int line) {
		List<Issue> matching = issues.stream().filter(i -> code.equals(i.getCode()) && i.getLineNumber() == line)
				.toList();
		if (matching.size() != 1) {
			fail("expected one " + code + " on line " + line + ", got: " + describe(issues));
		}
		Issue issue = matching.get(0);
		assertEquals(severity, issue.getSeverity(), issue.toString());
		return issue;
	}

	static void assertNoIssue(List<Issue> issues, String code) {
		List<Issue> matching = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertTrue(matching.isEmpty(), () -> "unexpected " + code + ": " + describe(matching));
	}

	static long count(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).count();
	}

	static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " @" + i.getLineNumber() + ": " + i.getMessage())
				.collect(Collectors.joining("\n  ", "\n  ", ""));
	}
}
