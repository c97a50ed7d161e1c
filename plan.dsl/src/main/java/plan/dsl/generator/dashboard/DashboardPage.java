package plan.dsl.generator.dashboard;

import java.util.List;

import plan.dsl.generator.render.GanttChart;
import plan.dsl.generator.render.HtmlPage;
import plan.dsl.generator.render.Markup;
import plan.dsl.generator.render.PlanHeading;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.generator.view.PlanView;
import plan.dsl.messages.PlanMessages;

/** Lays out the dashboard: heading, the Gantt chart across the page, then the panels in a responsive grid. */
public final class DashboardPage {

	/** Width of the chart in SVG user units; CSS scales it to the page, so this sets the text-to-bar ratio. */
	static final double CHART_WIDTH = 1200;

	private static final String CSS = HtmlPage.resource(DashboardPage.class, "dashboard.css");

	private DashboardPage() {
	}

	/** @param problems the plan's diagnostics, or {@code null} when it was not validated */
	public static String render(PlanView view, List<OpenProblem> problems) {
		PlanMessages messages = PlanMessages.of(view.header().language());
		Markup html = HtmlPage.open(HtmlPage.lang(view.header().language()),
				messages.get("dashboard.pageTitle", view.header().title()), CSS);
		PlanHeading.render(html, view.header(), messages);
		html.open("main", "class", "grid");
		Sections.open(html, "timeline wide", messages.get("dashboard.timeline"));
		html.open("div", "class", "chart").append(GanttChart.render(view.timeline(), messages, CHART_WIDTH)).close();
		html.close();
		TaskBoard.render(html, view.projects(), messages);
		GoalPanel.render(html, view.goals(), messages);
		CriteriaPanel.render(html, view.criteria(), messages);
		BudgetPanel.render(html, view.budget(), messages);
		CompletenessPanel.render(html, view.completeness(), problems, messages);
		html.close();
		return html.close().close().toString();
	}
}
