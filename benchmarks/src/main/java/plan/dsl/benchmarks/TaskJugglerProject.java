package plan.dsl.benchmarks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;
import plan.dsl.plan.Unit;

/**
 * The TaskJuggler 3 ({@code tj3}) twin of a parsed plan, for the side-by-side comparison
 * ({@code benchmarks/compare-tj3.sh}): the same phases (tasks with their dates, holding their milestones),
 * the same projects (tasks with the effective dates {@link Schedule} gives, {@code depends} for every
 * {@code after}, the owner as {@code responsible}), the plan's {@code asof} as {@code now}, and one HTML task
 * report with a Gantt chart. Written from the model, so both tools read the same tasks.
 * <p>
 * TaskJuggler's end dates are exclusive (midnight at the end of the last day), a plan's {@code to} is the
 * last day itself: every end is written as the day after. Its identifiers are ASCII, so persons and units
 * become {@code p1}, {@code u1}, … in team order, their names kept as the resource names.
 */
public final class TaskJugglerProject {

	/** The id of the one HTML report; its file is {@code <plan name>-gantt.html}. */
	public static final String REPORT = "gantt";
	/** The id of the CSV report that {@link #checkReport} defines, for checking only (not timed). */
	public static final String CHECK_REPORT = "check";

	private final PlanFacts facts;
	private final StringBuilder out = new StringBuilder();
	private final Map<Party, String> resources = new HashMap<>();

	private TaskJugglerProject(PlanFacts facts) {
		this.facts = facts;
	}

	/** The {@code .tjp} text of the plan, with the one Gantt report. */
	public static String of(PlanFacts facts) {
		return new TaskJugglerProject(facts).write();
	}

	/**
	 * An include file ({@code .tji}) given to {@code tj3} after the project only when checking: a CSV report
	 * of every task's id, dates and predecessors, which {@link TaskJugglerCheck} compares with the plan.
	 */
	public static String checkReport(Plan plan) {
		return "taskreport " + CHECK_REPORT + " " + quoted(plan.getName() + "-check") + " {\n"
				+ "  formats csv\n"
				+ "  columns id, name, start, end, precursors\n"
				+ "  timeformat \"%Y-%m-%d\"\n"
				+ "  hideresource 1\n"
				+ "}\n";
	}

	private String write() {
		Plan plan = facts.plan();
		Schedule schedule = facts.schedule();
		Span period = schedule.period();
		out.append("project ").append(plan.getName()).append(' ').append(quoted(plan.getTitle())).append(' ')
				.append(period.start()).append(" - ").append(exclusiveEnd(period.end())).append(" {\n")
				.append("  timezone \"UTC\"\n")
				.append("  now ").append(facts.asOf()).append('\n')
				.append("  timeformat \"%Y-%m-%d\"\n")
				.append("}\n");
		resources(plan);
		for (Phase phase : plan.getPhases()) {
			phase(phase);
		}
		for (Project project : plan.getProjects()) {
			project(project, schedule);
		}
		out.append("taskreport ").append(REPORT).append(' ').append(quoted(plan.getName() + "-gantt")).append(" {\n")
				.append("  formats html\n")
				.append("  headline ").append(quoted(plan.getTitle())).append('\n')
				.append("  columns bsi, name, start, end, responsible, chart\n")
				.append("  hideresource 1\n")
				.append("}\n");
		return out.toString();
	}

	private void resources(Plan plan) {
		if (plan.getTeam() == null) {
			return;
		}
		int persons = 0;
		int units = 0;
		for (Party party : plan.getTeam().getParties()) {
			String id = party instanceof Unit ? "u" + ++units : "p" + ++persons;
			resources.put(party, id);
			String name = party instanceof Person person ? person.getName() : party.getName() + " " + ((Unit) party).getTitle();
			out.append("resource ").append(id).append(' ').append(quoted(name)).append('\n');
		}
	}

	private void phase(Phase phase) {
		Span span = Schedule.span(phase);
		out.append("task ").append(phase.getName()).append(' ').append(quoted(phase.getTitle())).append(" {\n")
				.append("  start ").append(span.start()).append('\n')
				.append("  end ").append(exclusiveEnd(span.end())).append('\n');
		for (Milestone milestone : phase.getMilestones()) {
			out.append("  task ").append(milestone.getName()).append(' ').append(quoted(milestone.getTitle()))
					.append(" { milestone start ").append(milestone.getDate()).append(" }\n");
		}
		out.append("}\n");
	}

	private void project(Project project, Schedule schedule) {
		Span span = schedule.span(project);
		out.append("task ").append(project.getName()).append(' ').append(quoted(project.getTitle())).append(" {\n")
				.append("  start ").append(span.start()).append('\n')
				.append("  end ").append(exclusiveEnd(span.end())).append('\n');
		if (!project.getAfter().isEmpty()) {
			out.append("  depends ")
					.append(project.getAfter().stream().map(Project::getName).collect(Collectors.joining(", ")))
					.append('\n');
		}
		String owner = resources.get(project.getOwner());
		if (owner != null) {
			out.append("  responsible ").append(owner).append('\n');
		}
		out.append("}\n");
	}

	static LocalDate exclusiveEnd(LocalDate lastDay) {
		return lastDay.plusDays(1);
	}

	/** A TaskJuggler string; the synthetic plans' texts never hold a double quote, any other plan is refused. */
	private static String quoted(String text) {
		if (text.indexOf('"') >= 0 || text.indexOf('\\') >= 0) {
			throw new IllegalArgumentException("cannot write this text as a TaskJuggler string: " + text);
		}
		return '"' + text + '"';
	}

	/** The projects and phases of the plan in the order written, for counts in the comparison table. */
	static int tasks(Plan plan) {
		List<Phase> phases = plan.getPhases();
		return plan.getProjects().size() + phases.size() + phases.stream().mapToInt(p -> p.getMilestones().size()).sum();
	}
}
