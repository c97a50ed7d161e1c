package plan.dsl.generator.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.facts.SourceText;
import plan.dsl.facts.Span;
import plan.dsl.plan.Party;
import plan.dsl.plan.Phase;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.Project;
import plan.dsl.plan.ProjectStatus;

/** Phases, milestones and projects with the dates, progress, lateness and critical chain of the schedule. */
final class ScheduleViews {

	private ScheduleViews() {
	}

	static TimelineView timeline(PlanFacts facts) {
		Schedule schedule = facts.schedule();
		Map<Project, Integer> chain = new HashMap<>();
		List<Project> critical = schedule.criticalChain();
		for (int i = 0; i < critical.size(); i++) {
			chain.put(critical.get(i), i);
		}
		List<PhaseView> phases = facts.plan().getPhases().stream().map(ScheduleViews::phase).toList();
		List<ProjectView> projects = facts.plan().getProjects().stream()
				.map(p -> project(p, schedule, chain.getOrDefault(p, -1))).toList();
		return new TimelineView(schedule.firstDay(), schedule.lastDay(), facts.asOf(), phases, projects);
	}

	private static PhaseView phase(Phase phase) {
		Span span = Schedule.span(phase);
		List<PhaseView.MilestoneView> milestones = phase.getMilestones().stream()
				.map(m -> new PhaseView.MilestoneView(m.getName(), m.getTitle(), m.getDate())).toList();
		return new PhaseView(phase.getName(), phase.getTitle(), span.start(), span.end(), milestones);
	}

	private static ProjectView project(Project project, Schedule schedule, int chainIndex) {
		Span span = schedule.span(project);
		BigDecimal progress = schedule.progress(project);
		List<String> after = schedule.dependencies(project).stream().map(Project::getName).toList();
		Amount budget = project.getBudget() == null ? null
				: Amount.of(project.getBudget().getAmount(), project.getBudget().getCurrency());
		return new ProjectView(project.getName(), project.getTitle(), partName(project.getOwner()), span.start(),
				span.end(), state(project, schedule, span, progress), progress, chainIndex, project.isFeatured(),
				project.getDeliverable(), after, budget);
	}

	/**
	 * The board column: a written {@code cancelled} or {@code done} wins, then lateness as the schedule
	 * judges it; a project is active when so written, when progress was reported, or while the reporting
	 * date lies within its dates.
	 */
	static TaskState state(Project project, Schedule schedule, Span span, BigDecimal progress) {
		boolean written = SourceText.isWritten(project, PlanPackage.Literals.PROJECT__STATUS);
		if (written && project.getStatus() == ProjectStatus.CANCELLED) {
			return TaskState.CANCELLED;
		}
		if (progress != null && progress.compareTo(Schedule.COMPLETE) >= 0) {
			return TaskState.DONE;
		}
		if (schedule.isLate(project)) {
			return TaskState.LATE;
		}
		LocalDate asOf = schedule.asOf();
		boolean running = span.isValid() && asOf != null && span.contains(asOf);
		if (written && project.getStatus() == ProjectStatus.ACTIVE || progress != null && progress.signum() > 0
				|| running) {
			return TaskState.ACTIVE;
		}
		return TaskState.PLANNED;
	}

	/** The name a person or unit is referred to by; {@code null} for a missing or unresolved reference. */
	static String partName(Party party) {
		return party == null || party.eIsProxy() ? null : party.getName();
	}
}
