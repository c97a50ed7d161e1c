package plan.dsl.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Project;

/**
 * Whether {@code tj3} scheduled the twin project exactly as the plan says: its CSV check report
 * ({@link TaskJugglerProject#checkReport}) must hold every phase, milestone and project, no other task, each
 * with the plan's dates and predecessors; and its HTML report must draw a bar for every project and a diamond
 * for every milestone. Each difference is one line; none means the two tools were given the same project.
 */
public final class TaskJugglerCheck {

	/** {@code 配网运维技能比武（第1批） (A1) ]->[ 2027-01-11}: one predecessor in the precursors column. */
	private static final Pattern PRECURSOR = Pattern.compile("\\(([A-Za-z0-9_.]+)\\) \\]->\\[");

	private record Task(String start, String end, Set<String> precursors) {
	}

	private TaskJugglerCheck() {
	}

	/** The differences between the plan and tj3's CSV report (semicolon-separated, quoted, with a header). */
	public static List<String> csvDifferences(PlanFacts facts, String csv) throws IOException {
		Map<String, Task> expected = expected(facts);
		Map<String, Task> actual = new LinkedHashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(csv, format)) {
			for (CSVRecord row : parser) {
				actual.put(row.get("Id"), new Task(row.get("Start"), row.get("End"), precursors(row.get("Precursors"))));
			}
		}
		List<String> differences = new ArrayList<>();
		expected.forEach((id, task) -> {
			Task scheduled = actual.get(id);
			if (scheduled == null) {
				differences.add(id + ": missing in tj3's report");
			} else if (!scheduled.equals(task)) {
				differences.add(id + ": plan " + task + ", tj3 " + scheduled);
			}
		});
		actual.keySet().stream().filter(id -> !expected.containsKey(id))
				.forEach(id -> differences.add(id + ": in tj3's report but not in the plan"));
		return differences;
	}

	/** What the HTML Gantt report lacks: a title, a bar per project, a diamond per milestone. */
	public static List<String> htmlDifferences(PlanFacts facts, String html) {
		List<String> differences = new ArrayList<>();
		List<Project> projects = facts.plan().getProjects();
		long milestones = facts.plan().getPhases().stream().mapToLong(p -> p.getMilestones().size()).sum();
		// the chart's legend draws one bar and one diamond of its own
		expectAtLeast(differences, "task bars", count(html, "class=\"taskbar\""), projects.size() + 1);
		expectAtLeast(differences, "milestone diamonds", count(html, "class=\"tj_diamond_top\""), milestones + 1);
		projects.stream().filter(p -> !html.contains(p.getTitle())).limit(5)
				.forEach(p -> differences.add(p.getName() + ": title not in the HTML report"));
		return differences;
	}

	private static void expectAtLeast(List<String> differences, String what, long found, long wanted) {
		if (found < wanted) {
			differences.add("HTML report: " + found + " " + what + ", expected at least " + wanted);
		}
	}

	private static long count(String text, String part) {
		long count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	private static Map<String, Task> expected(PlanFacts facts) {
		Map<String, Task> tasks = new LinkedHashMap<>();
		for (Phase phase : facts.plan().getPhases()) {
			tasks.put(phase.getName(), task(Schedule.span(phase), Set.of()));
			for (Milestone milestone : phase.getMilestones()) {
				String day = milestone.getDate().toString();
				tasks.put(phase.getName() + "." + milestone.getName(), new Task(day, day, Set.of()));
			}
		}
		Schedule schedule = facts.schedule();
		for (Project project : facts.plan().getProjects()) {
			Set<String> after = project.getAfter().stream().map(Project::getName).collect(Collectors.toCollection(TreeSet::new));
			tasks.put(project.getName(), task(schedule.span(project), after));
		}
		return tasks;
	}

	private static Task task(Span span, Set<String> precursors) {
		return new Task(span.start().toString(), TaskJugglerProject.exclusiveEnd(span.end()).toString(), precursors);
	}

	private static Set<String> precursors(String cell) {
		Set<String> ids = new TreeSet<>();
		Matcher matcher = PRECURSOR.matcher(cell);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}
}
