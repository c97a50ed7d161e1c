package plan.dsl.generator.brief;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.TextOutput;
import plan.dsl.generator.view.PlanViews;

/** The one-page brief ({@code <Name>.brief.html}): HTML laid out for one A4 page when printed. */
public final class BriefOutput extends TextOutput {

	public BriefOutput() {
		super("brief", ".brief.html");
	}

	@Override
	protected String text(PlanFacts facts) {
		return BriefPage.render(PlanViews.of(facts));
	}
}
