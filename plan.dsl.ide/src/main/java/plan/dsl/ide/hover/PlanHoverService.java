package plan.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.ide.contentassist.KeywordAliases;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Party;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/**
 * Hover over a name, where it is declared or referenced: what the plan knows about that person, unit, goal,
 * project or plan, in the plan's language. Scores, dates, dependencies and completeness come from the plan's
 * {@code PlanFacts}, never computed here. A goal referenced from another plan is described with the facts of
 * the plan that declares it.
 */
@Singleton
public class PlanHoverService extends HoverService {

	@Inject
	private PlanFactsProvider factsProvider;

	@Inject
	private KeywordAliases aliases;

	@Override
	public String getContents(EObject element) {
		Plan plan = EcoreUtil2.getContainerOfType(element, Plan.class);
		if (plan == null) {
			return "";
		}
		return switch (element) {
		case Party party -> PartyHover.of(party, plan, aliases);
		case Goal goal -> GoalHover.of(goal, factsProvider.get(plan));
		case Project project -> ProjectHover.of(project, factsProvider.get(plan));
		case Plan self -> PlanHover.of(self, factsProvider.get(self));
		default -> super.getContents(element);
		};
	}
}
