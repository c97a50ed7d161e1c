package plan.dsl.ide.hover;

import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.SmartAssessment.GoalScore;
import plan.dsl.facts.SmartGap;
import plan.dsl.plan.Goal;

/** A goal: its SMART score from the plan's facts, what it misses and why, and the projects that support it. */
final class GoalHover {

	private GoalHover() {
	}

	static String of(Goal goal, PlanFacts facts) {
		HoverText text = new HoverText(facts.plan());
		text.add("lsp.hover.goal", goal.getName(), goal.getTitle());
		GoalScore score = facts.smart(goal);
		if (score.missing().isEmpty()) {
			text.add("lsp.hover.smart", score.score());
		} else {
			text.add("lsp.hover.smart.missing", score.score(), text.join(score.missing().stream()
					.map(q -> text.messages().get("doc.smart." + q.name())).toList()));
			for (SmartGap gap : score.gaps()) {
				text.add("lsp.hover.gap." + gap.name());
			}
		}
		List<String> projects = score.supportingProjects().stream()
				.map(p -> text.text("lsp.hover.owns.project", p.getName(), p.getTitle())).toList();
		if (projects.isEmpty()) {
			text.add("lsp.hover.supported-by.none");
		} else {
			text.addList("lsp.hover.supported-by", projects);
		}
		return text.build();
	}
}
