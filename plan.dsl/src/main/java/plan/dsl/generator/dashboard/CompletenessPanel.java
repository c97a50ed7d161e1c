package plan.dsl.generator.dashboard;

import java.util.List;

import plan.dsl.generator.render.Markup;
import plan.dsl.generator.render.Palette;
import plan.dsl.generator.view.CompletenessView;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.generator.view.TaskState;
import plan.dsl.messages.PlanMessages;

/** The completeness score as a ring, what the plan still lacks, and the validation diagnostics. */
final class CompletenessPanel {

	private static final double RADIUS = 34;

	private CompletenessPanel() {
	}

	/** {@code problems} is {@code null} when the plan was not validated by the caller. */
	static void render(Markup html, CompletenessView completeness, List<OpenProblem> problems,
			PlanMessages messages) {
		Sections.open(html, "completeness", messages.get("dashboard.completeness"));
		html.open("div", "class", "score-row");
		ring(html, completeness.percent(), messages);
		html.open("div", "class", "missing");
		if (completeness.missing().isEmpty()) {
			html.element("p", messages.get("dashboard.nothingMissing"), "class", "ok");
		} else {
			html.element("p", messages.get("dashboard.stillMissing"));
			html.open("ul");
			completeness.missing().forEach(item -> html.element("li", item));
			html.close();
		}
		html.close().close();
		problems(html, problems, messages);
		html.close();
	}

	private static void ring(Markup html, int percent, PlanMessages messages) {
		double circumference = 2 * Math.PI * RADIUS;
		double filled = circumference * Math.max(0, Math.min(100, percent)) / 100;
		html.open("svg", "class", "ring", "viewBox", "0 0 84 84", "width", "84", "height", "84", "role", "img",
				"aria-label", messages.get("dashboard.percentComplete", percent), "data-percent", percent);
		html.empty("circle", "cx", 42, "cy", 42, "r", RADIUS, "fill", "none", "stroke", Palette.GRID, "stroke-width",
				8);
		html.empty("circle", "cx", 42, "cy", 42, "r", RADIUS, "fill", "none", "stroke",
				Palette.state(percent >= 100 ? TaskState.DONE : TaskState.ACTIVE),
				"stroke-width", 8, "stroke-dasharray", Markup.num(filled) + " " + Markup.num(circumference),
				"transform", "rotate(-90 42 42)");
		html.element("text", percent + "%", "x", 42, "y", 47, "text-anchor", "middle", "font-size", 16,
				"font-weight", "bold", "fill", Palette.INK);
		html.close();
	}

	private static void problems(Markup html, List<OpenProblem> problems, PlanMessages messages) {
		html.element("h3", messages.get("dashboard.problems"));
		if (problems == null) {
			Sections.none(html, messages.get("dashboard.notValidated"));
			return;
		}
		if (problems.isEmpty()) {
			html.element("p", messages.get("dashboard.noProblems"), "class", "ok");
			return;
		}
		html.open("table", "class", "problems").open("tbody");
		for (OpenProblem problem : problems) {
			html.open("tr", "class", "severity-" + problem.severity());
			html.element("td", messages.has("dashboard.severity." + problem.severity())
					? messages.get("dashboard.severity." + problem.severity()) : problem.severity(), "class", "severity");
			html.element("td", messages.get("dashboard.line", String.valueOf(problem.line())), "class", "line");
			html.element("td", problem.code(), "class", "code");
			html.element("td", problem.message(), "class", "message");
			html.close();
		}
		html.close().close();
	}
}
