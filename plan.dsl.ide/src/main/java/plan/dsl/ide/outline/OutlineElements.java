package plan.dsl.ide.outline;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.Stage;

/**
 * What a plan's outline shows: the plan, its sections, and the elements a reader looks for in them (goals,
 * people, phases, projects, criteria, …), each with a symbol kind an editor draws an icon for. Field-level
 * details (dates, measures, budget items, responsibilities) stay out, so the outline reads like the table of
 * contents of the plan.
 */
public final class OutlineElements {

	private static final PlanPackage P = PlanPackage.eINSTANCE;

	/** Shown elements and their kinds; sections have no name and show their keyword. */
	private static final Map<EClass, SymbolKind> SHOWN = Map.ofEntries(Map.entry(P.getPlan(), SymbolKind.Module),
			Map.entry(P.getGoal(), SymbolKind.Class), Map.entry(P.getPerson(), SymbolKind.Variable),
			Map.entry(P.getUnit(), SymbolKind.Struct), Map.entry(P.getBackgroundItem(), SymbolKind.String),
			Map.entry(P.getFinding(), SymbolKind.String), Map.entry(P.getPhase(), SymbolKind.Event),
			Map.entry(P.getMilestone(), SymbolKind.Event), Map.entry(P.getProject(), SymbolKind.Function),
			Map.entry(P.getCriterion(), SymbolKind.Property), Map.entry(P.getOutcome(), SymbolKind.Object),
			Map.entry(P.getStage(), SymbolKind.Event),
			Map.entry(P.getBackground(), SymbolKind.Namespace), Map.entry(P.getTeam(), SymbolKind.Namespace),
			Map.entry(P.getResearch(), SymbolKind.Namespace), Map.entry(P.getAudience(), SymbolKind.Namespace),
			Map.entry(P.getCriteria(), SymbolKind.Namespace), Map.entry(P.getPublicity(), SymbolKind.Namespace),
			Map.entry(P.getSafeguards(), SymbolKind.Namespace), Map.entry(P.getApproval(), SymbolKind.Namespace),
			Map.entry(P.getTracking(), SymbolKind.Namespace), Map.entry(P.getResults(), SymbolKind.Namespace));

	private OutlineElements() {
	}

	/** The name shown for {@code element}, or {@code null} when the outline leaves it out. */
	public static String name(EObject element) {
		if (!SHOWN.containsKey(element.eClass())) {
			return null;
		}
		if (element instanceof Stage stage) {
			return stage.getTitle();
		}
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
		return name != null ? name : firstKeyword(element);
	}

	public static SymbolKind kind(EClass type) {
		return SHOWN.getOrDefault(type, SymbolKind.Property);
	}

	private static String firstKeyword(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword) {
					return leaf.getText();
				}
			}
		}
		return null;
	}
}
