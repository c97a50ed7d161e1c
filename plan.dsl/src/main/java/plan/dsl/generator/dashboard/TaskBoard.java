package plan.dsl.generator.dashboard;

import java.util.List;

import plan.dsl.generator.render.Formats;
import plan.dsl.generator.render.Markup;
import plan.dsl.generator.view.ProjectView;
import plan.dsl.generator.view.TaskState;
import plan.dsl.messages.PlanMessages;

/** Projects as cards in one column per state: planned, active, done, late (and cancelled when any). */
final class TaskBoard {

	private TaskBoard() {
	}

	static void render(Markup html, List<ProjectView> projects, PlanMessages messages) {
		Sections.open(html, "board", messages.get("dashboard.board"));
		html.open("div", "class", "columns");
		for (TaskState state : TaskState.values()) {
			List<ProjectView> inState = projects.stream().filter(p -> p.state() == state).toList();
			if (state == TaskState.CANCELLED && inState.isEmpty()) {
				continue;
			}
			html.open("div", "class", "column state-" + state.cssName());
			html.open("h3").text(messages.get(state.key()) + " ").element("span", String.valueOf(inState.size()),
					"class", "count").close();
			inState.forEach(project -> card(html, project, messages));
			html.close();
		}
		html.close().close();
	}

	private static void card(Markup html, ProjectView project, PlanMessages messages) {
		html.open("div", "class", "task" + (project.critical() ? " critical" : ""), "data-name", project.name());
		html.open("div", "class", "task-title");
		html.element("span", project.name(), "class", "id").text(" " + project.title());
		if (project.featured()) {
			html.element("span", messages.get("dashboard.featured"), "class", "tag featured");
		}
		if (project.critical()) {
			html.element("span", messages.get("dashboard.critical"), "class", "tag critical");
		}
		html.close();
		html.element("div", Formats.range(project.start(), project.end()), "class", "meta");
		if (project.owner() != null) {
			html.element("div", messages.get("dashboard.ownerIs", project.owner()), "class", "meta");
		}
		if (project.progress() != null) {
			double share = Math.max(0, Math.min(100, project.progress().doubleValue()));
			html.open("div", "class", "meter", "title", Formats.percent(project.progress()));
			html.open("span", "style", "width:" + Markup.num(share) + "%").close();
			html.close();
			html.element("div", messages.get("dashboard.progress", Formats.percent(project.progress())), "class",
					"meta");
		}
		html.close();
	}
}
