package plan.dsl.generator.mindmap;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.TextOutput;
import plan.dsl.generator.view.PlanView;
import plan.dsl.generator.view.PlanViews;
import plan.dsl.messages.PlanMessages;

/** The mind map ({@code <Name>.mindmap.svg}): plan → goals → projects → deliverables, with challenges. */
public final class MindMapOutput extends TextOutput {

	public MindMapOutput() {
		super("mindmap", ".mindmap.svg");
	}

	@Override
	protected String text(PlanFacts facts) {
		return render(PlanViews.of(facts));
	}

	/** The SVG document of a plan's mind map. */
	public static String render(PlanView view) {
		PlanMessages messages = PlanMessages.of(view.header().language());
		String title = view.header().title() == null ? view.header().name() : view.header().title();
		return MindMapSvg.render(MindMapLayout.of(view, messages), title, messages);
	}
}
