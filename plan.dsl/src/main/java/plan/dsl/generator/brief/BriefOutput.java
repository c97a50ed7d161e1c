package plan.dsl.generator.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.view.PlanViews;

/** The one-page brief ({@code <Name>.brief.html}): HTML laid out for one A4 page when printed. */
public final class BriefOutput implements PlanOutput {

	@Override
	public String format() {
		return "brief";
	}

	@Override
	public String fileName(PlanFacts facts) {
		return OutputFolder.safeName(facts.plan().getName()) + ".brief.html";
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		return List.of(out.writeString(fileName(facts), BriefPage.render(PlanViews.of(facts))));
	}
}
