package plan.dsl.ide.hover;

import java.math.BigDecimal;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.ide.labels.ElementSummary;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Project;

/**
 * A project: its effective dates (its own, or its phase's) and the projects it comes after, from the plan's
 * schedule; owner, the goals it supports, progress and lateness as of the reporting date.
 */
final class ProjectHover {

	private ProjectHover() {
	}

	static String of(Project project, PlanFacts facts) {
		HoverText text = new HoverText(facts.plan());
		Schedule schedule = facts.schedule();
		text.add("lsp.hover.project", project.getName(), project.getTitle());
		Span span = schedule.span(project);
		String dates = ElementSummary.dates(span);
		if (dates == null) {
			text.add("lsp.hover.dates.none");
		} else if (project.getRange() == null && project.getDuring() != null) {
			text.add("lsp.hover.dates.phase", dates, span.days(), project.getDuring().getName());
		} else {
			text.add("lsp.hover.dates", dates, span.days());
		}
		text.addList("lsp.hover.after", schedule.dependencies(project).stream()
				.map(p -> text.text("lsp.hover.after.item", p.getName(), String.valueOf(schedule.end(p)))).toList());
		if (schedule.isInCycle(project)) {
			text.add("lsp.hover.cycle", text.join(schedule.cycleOf(project).stream().map(Project::getName).toList()));
		}
		if (project.getOwner() != null && !project.getOwner().eIsProxy()) {
			text.add("lsp.hover.owner", project.getOwner().getName());
		}
		text.addList("lsp.hover.supports",
				project.getSupports().stream().filter(g -> !g.eIsProxy()).map(Goal::getName).toList());
		BigDecimal progress = schedule.progress(project);
		if (schedule.isLate(project)) {
			text.add("lsp.hover.late", String.valueOf(schedule.end(project)), progress == null ? BigDecimal.ZERO : progress,
					schedule.asOf());
		} else if (progress != null) {
			text.add("lsp.hover.progress", progress, schedule.asOf());
		}
		return text.build();
	}
}
