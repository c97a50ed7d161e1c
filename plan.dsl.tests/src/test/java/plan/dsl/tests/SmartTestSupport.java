package plan.dsl.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assumptions;

/** Shared helpers of the smart/completeness/names tests: corpus files, small plans, issue filters. */
final class SmartTestSupport {

	private SmartTestSupport() {
	}

	/** A file of the shared acceptance corpus; the test is skipped when the corpus is not beside the clone. */
	static String corpus(String relativePath) throws IOException {
		Path file = CliProcess.sharedExamples().resolve(relativePath);
		Assumptions.assumeTrue(Files.isRegularFile(file), "shared corpus not present: " + file);
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/**
	 * A complete {@code kind project} plan (so completeness is silent) with one goal G1 whose body is
	 * {@code goalBody}; project A1 supports G1 unless the body's test says otherwise. Line 9 is the goal's
	 * name line, its body starts on line 10.
	 */
	static String goalPlan(String status, String goalBody) {
		return goalPlan(status, goalBody, "supports G1");
	}

	static String goalPlan(String status, String goalBody, String projectSupports) {
		return """
				plan T "测试方案" {
				    kind project
				    period from 2026-01-01 to 2026-12-31
				    status %s
				    background {
				        challenge C1 "投诉偏多"
				    }
				    team { person 李娜 "主任" role leader }
				    goal G1 "降低投诉" {
				%s
				    }
				    project A1 "服务竞赛" {
				        owner 李娜
				        from 2026-02-01 to 2026-03-01
				        %s
				    }
				}
				""".formatted(status, goalBody, projectSupports);
	}

	/** A goal body meeting all five SMART qualities (lines 10–15 of {@link #goalPlan}). */
	static final String SMART_GOAL_BODY = """
			        specific "在12个基层供电所推行服务标准化，压降客户投诉"
			        measure "客户投诉率" from 5.2 % to 3.0 %
			        owner 李娜
			        addresses C1
			        due 2026-11-30
			        level organization""";

	/** The 1-based line of the first line of {@code text} that contains {@code snippet}. */
	static int line(String text, String snippet) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(snippet)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line contains " + snippet);
	}

	/** The 1-based line of the last line of {@code text} that contains {@code snippet}. */
	static int lastLine(String text, String snippet) {
		String[] lines = text.split("\n", -1);
		for (int i = lines.length - 1; i >= 0; i--) {
			if (lines[i].contains(snippet)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line contains " + snippet);
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
	}

	/** The one issue with {@code code}, failing when there is none or more than one. */
	static Issue single(List<Issue> issues, String code) {
		List<Issue> found = withCode(issues, code);
		if (found.size() != 1) {
			throw new AssertionError("expected exactly one " + code + " but got " + found + " in " + issues);
		}
		return found.get(0);
	}

	static String describe(Issue issue) {
		return issue.getLineNumber() + " " + severity(issue) + " " + issue.getCode();
	}

	static String severity(Issue issue) {
		return issue.getSeverity() == Severity.ERROR ? "error"
				: issue.getSeverity() == Severity.WARNING ? "warning" : "info";
	}
}
