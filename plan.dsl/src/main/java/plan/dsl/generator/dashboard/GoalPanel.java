package plan.dsl.generator.dashboard;

import java.math.BigDecimal;
import java.util.List;

import plan.dsl.generator.render.Formats;
import plan.dsl.generator.render.Markup;
import plan.dsl.generator.view.GoalView;
import plan.dsl.generator.view.GoalView.MeasureView;
import plan.dsl.messages.PlanMessages;

/** Goals with their SMART score (one chip per quality) and baseline → target → actual. */
final class GoalPanel {

	static final List<String> QUALITIES = List.of("S", "M", "A", "R", "T");

	private GoalPanel() {
	}

	static void render(Markup html, List<GoalView> goals, PlanMessages messages) {
		Sections.open(html, "goals", messages.get("dashboard.goals"));
		if (goals.isEmpty()) {
			Sections.none(html, messages.get("dashboard.none"));
		}
		for (GoalView goal : goals) {
			goal(html, goal, messages);
		}
		html.close();
	}

	private static void goal(Markup html, GoalView goal, PlanMessages messages) {
		html.open("div", "class", "goal", "data-name", goal.name());
		html.open("div", "class", "goal-head");
		html.open("div", "class", "goal-title").element("span", goal.name(), "class", "id").text(" " + goal.title())
				.close();
		smart(html, goal, messages);
		html.close();
		if (goal.measure() != null) {
			measure(html, goal.measure(), messages);
		}
		StringBuilder meta = new StringBuilder();
		if (goal.owner() != null) {
			meta.append(messages.get("dashboard.ownerIs", goal.owner()));
		}
		if (goal.due() != null) {
			meta.append(meta.isEmpty() ? "" : " · ").append(messages.get("dashboard.dueIs", Formats.date(goal.due())));
		}
		if (!meta.isEmpty()) {
			html.element("div", meta.toString(), "class", "meta");
		}
		html.close();
	}

	private static void smart(Markup html, GoalView goal, PlanMessages messages) {
		html.open("div", "class", "smart", "title", messages.get("dashboard.smartHint"), "data-score",
				goal.smartScore());
		for (String quality : QUALITIES) {
			boolean met = !goal.missing().contains(quality);
			html.element("span", quality, "class", met ? "q met" : "q missing");
		}
		html.element("span", messages.get("dashboard.smartScore", goal.smartScore()), "class", "score");
		html.close();
	}

	private static void measure(Markup html, MeasureView measure, PlanMessages messages) {
		html.open("div", "class", "measure");
		html.element("span", measure.indicator(), "class", "indicator");
		if (measure.criterion() != null) {
			html.element("span", messages.get("dashboard.judgedBy", measure.criterion()), "class", "values");
		} else {
			html.open("span", "class", "values");
			value(html, messages.get("dashboard.baseline"), Formats.amount(measure.baseline()), "baseline");
			html.element("span", "→", "class", "arrow");
			value(html, messages.get("dashboard.target"), Formats.amount(measure.target()), "target");
			html.element("span", "→", "class", "arrow");
			value(html, messages.get("dashboard.actual"), Formats.amount(measure.actual()), "actual");
			html.close();
			Double share = shareOfWay(measure);
			if (share != null) {
				html.open("div", "class", "meter", "title", messages.get("dashboard.towardsTarget"));
				html.open("span", "style", "width:" + Markup.num(share * 100) + "%").close();
				html.close();
			}
		}
		html.close();
	}

	private static void value(Markup html, String label, String value, String cssClass) {
		html.open("span", "class", "value " + cssClass).element("small", label).text(" " + value).close();
	}

	/**
	 * How far the actual value has come from the baseline towards the target, 0–1; works for targets below
	 * the baseline ("from 5.2 % to 3.0 %") as well. {@code null} when there is nothing to compare.
	 */
	static Double shareOfWay(MeasureView measure) {
		if (measure.baseline() == null || measure.target() == null || measure.actual() == null) {
			return null;
		}
		BigDecimal way = measure.target().value().subtract(measure.baseline().value());
		if (way.signum() == 0) {
			return null;
		}
		double share = measure.actual().value().subtract(measure.baseline().value()).doubleValue() / way.doubleValue();
		return Math.max(0, Math.min(1, share));
	}
}
