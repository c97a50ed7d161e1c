package plan.dsl.generator.mindmap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.view.PlanView;
import plan.dsl.generator.view.PlanViews;
import plan.dsl.messages.PlanMessages;

/** The mind map ({@code <Name>.mindmap.svg}): plan → goals → projects → deliverables, with challenges. */
public final class MindMapOutput implements PlanOutput {

	@Override
	public String format() {
		return "mindmap";
	}

	@Override
	public String fileName(PlanFacts facts) {
		return OutputFolder.safeName(facts.plan().getName()) + ".mindmap.svg";
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		return List.of(out.writeString(fileName(facts), render(PlanViews.of(facts))));
	}

	/** The SVG document of a plan's mind map. */
	public static String render(PlanView view) {
		PlanMessages messages = PlanMessages.of(view.header().language());
		String title = view.header().title() == null ? view.header().name() : view.header().title();
		return MindMapSvg.render(MindMapLayout.of(view, messages), title, messages);
	}
}
