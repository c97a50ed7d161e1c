package plan.dsl.generator.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;

/** The plan document as Markdown ({@code <Name>.md}). */
public final class MarkdownDocument implements PlanOutput {

	@Override
	public String format() {
		return "md";
	}

	@Override
	public String fileName(PlanFacts facts) {
		return OutputFolder.safeName(facts.plan().getName()) + ".md";
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		return List.of(out.writeString(fileName(facts), MarkdownRenderer.render(PlanOutline.of(facts))));
	}
}
