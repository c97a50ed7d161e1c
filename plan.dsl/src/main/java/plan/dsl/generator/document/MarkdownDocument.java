package plan.dsl.generator.document;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.TextOutput;

/** The plan document as Markdown ({@code <Name>.md}). */
public final class MarkdownDocument extends TextOutput {

	public MarkdownDocument() {
		super("md", ".md");
	}

	@Override
	protected String text(PlanFacts facts) {
		return MarkdownRenderer.render(PlanOutline.of(facts));
	}
}
