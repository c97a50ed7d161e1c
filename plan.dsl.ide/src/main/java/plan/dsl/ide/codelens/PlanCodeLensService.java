package plan.dsl.ide.codelens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.facts.SmartAssessment.GoalScore;
import plan.dsl.facts.Span;
import plan.dsl.ide.labels.ElementSummary;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/**
 * A line of facts above every goal ({@code SMART 4/5 · missing M}) and every project (effective dates, owner,
 * lateness once the plan runs), read from the plan's {@code PlanFacts}. The lenses only inform: their command has no id, so an
 * editor shows the text and clicking it does nothing.
 */
public class PlanCodeLensService implements ICodeLensService {

	@Inject
	private PlanFactsProvider factsProvider;

	@Inject
	private DocumentExtensions documents;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plan plan)) {
			return List.of();
		}
		PlanFacts facts = factsProvider.get(plan);
		PlanMessages messages = PlanMessages.of(plan);
		List<CodeLens> lenses = new ArrayList<>();
		for (Goal goal : plan.getGoals()) {
			lens(goal, goalText(facts.smart(goal), messages), lenses);
		}
		for (Project project : plan.getProjects()) {
			lens(project, projectText(project, facts, messages), lenses);
		}
		return lenses;
	}

	/** Shown above the element's first line: the range is the whole element, without leading comments. */
	private void lens(EObject element, String title, List<CodeLens> lenses) {
		Location location = documents.newFullLocation(element);
		if (location != null) {
			lenses.add(new CodeLens(location.getRange(), new Command(title, ""), null));
		}
	}

	static String goalText(GoalScore score, PlanMessages messages) {
		if (score.missing().isEmpty()) {
			return messages.get("lsp.lens.smart", score.score());
		}
		List<String> letters = score.missing().stream().map(q -> q.name().substring(0, 1)).toList();
		return messages.get("lsp.lens.smart.missing", score.score(),
				String.join(messages.get("quickfix.list.separator"), letters));
	}

	static String projectText(Project project, PlanFacts facts, PlanMessages messages) {
		Span span = facts.schedule().span(project);
		String dates = ElementSummary.dates(span);
		List<String> parts = new ArrayList<>();
		parts.add(dates == null ? messages.get("lsp.lens.project.no-dates") : dates);
		parts.add(project.getOwner() == null || project.getOwner().eIsProxy() ? messages.get("lsp.lens.project.no-owner")
				: messages.get("lsp.lens.project.owner", project.getOwner().getName()));
		if (facts.schedule().isLate(project)) {
			parts.add(messages.get("lsp.lens.project.late"));
		}
		return String.join(" · ", parts);
	}
}
