package plan.dsl.generator.dashboard;

import java.util.List;

import plan.dsl.generator.render.Formats;
import plan.dsl.generator.render.Markup;
import plan.dsl.generator.view.CriterionView;
import plan.dsl.messages.PlanMessages;

/** Evaluation criteria as bars proportional to their weights, with targets and actual results. */
final class CriteriaPanel {

	private CriteriaPanel() {
	}

	static void render(Markup html, List<CriterionView> criteria, PlanMessages messages) {
		Sections.open(html, "criteria", messages.get("dashboard.criteria"));
		if (criteria.isEmpty()) {
			Sections.none(html, messages.get("dashboard.none"));
			html.close();
			return;
		}
		html.open("table", "class", "weights");
		html.open("thead").open("tr");
		for (String key : List.of("dashboard.criterion", "dashboard.weight", "dashboard.target", "dashboard.actual")) {
			html.element("th", messages.get(key));
		}
		html.close().close().open("tbody");
		for (CriterionView criterion : criteria) {
			row(html, criterion, messages);
		}
		html.close().close().close();
	}

	private static void row(Markup html, CriterionView criterion, PlanMessages messages) {
		html.open("tr", "class", "criterion", "data-name", criterion.name());
		html.open("td").element("span", criterion.name(), "class", "id").text(" " + criterion.title()).close();
		html.open("td", "class", "weight");
		double weight = criterion.weight() == null ? 0 : Math.max(0, Math.min(100, criterion.weight().doubleValue()));
		html.open("div", "class", "hbar").open("span", "style", "width:" + Markup.num(weight) + "%").close().close();
		html.element("span", Formats.percent(criterion.weight()), "class", "pct");
		html.close();
		String target = criterion.quantitative() ? criterion.target()
				: messages.get("dashboard.qualitativeIs", criterion.description() == null ? "—" : criterion.description());
		html.element("td", target == null ? "—" : target, "class", criterion.quantitative() ? "target" : "target qualitative");
		html.element("td", Formats.amount(criterion.actual()), "class", "actual");
		html.close();
	}
}
