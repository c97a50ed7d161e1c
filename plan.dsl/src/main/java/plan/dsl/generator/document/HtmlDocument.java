package plan.dsl.generator.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;

/** The plan document as one self-contained, printable HTML page ({@code <Name>.html}). */
public final class HtmlDocument implements PlanOutput {

	@Override
	public String format() {
		return "html";
	}

	@Override
	public String fileName(PlanFacts facts) {
		return OutputFolder.safeName(facts.plan().getName()) + ".html";
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		return List.of(out.writeString(fileName(facts), HtmlRenderer.render(PlanOutline.of(facts))));
	}
}
