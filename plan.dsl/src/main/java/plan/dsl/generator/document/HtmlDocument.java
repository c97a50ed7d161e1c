package plan.dsl.generator.document;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.TextOutput;

/** The plan document as one self-contained, printable HTML page ({@code <Name>.html}). */
public final class HtmlDocument extends TextOutput {

	public HtmlDocument() {
		super("html", ".html");
	}

	@Override
	protected String text(PlanFacts facts) {
		return HtmlRenderer.render(PlanOutline.of(facts));
	}
}
