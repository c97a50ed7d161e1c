package plan.dsl.ide.hover;

import plan.dsl.facts.Completeness;
import plan.dsl.facts.PlanFacts;
import plan.dsl.plan.Plan;

/** The plan itself: how complete it is for its kind, and what it still lacks, from the plan's facts. */
final class PlanHover {

	private PlanHover() {
	}

	static String of(Plan plan, PlanFacts facts) {
		HoverText text = new HoverText(plan);
		text.add("lsp.hover.plan", plan.getName(), plan.getTitle());
		Completeness completeness = facts.completeness();
		text.add("lsp.hover.completeness", completeness.percent());
		text.addList("lsp.hover.completeness.missing", completeness.missingToReport().stream()
				.map(r -> r.label(plan.getLanguage())).toList());
		return text.build();
	}
}
