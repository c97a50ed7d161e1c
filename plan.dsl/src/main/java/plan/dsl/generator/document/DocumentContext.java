package plan.dsl.generator.document;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import plan.dsl.facts.PlanFacts;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;

/**
 * What every section builder needs: the plan, its derived facts (dates, SMART scores and budget sums are
 * read there, never worked out by the document) and the wording of its language.
 */
record DocumentContext(Plan plan, PlanFacts facts, Wording words) {

	DocumentContext {
		Objects.requireNonNull(plan);
		Objects.requireNonNull(facts);
		Objects.requireNonNull(words);
	}

	static DocumentContext of(PlanFacts facts) {
		return new DocumentContext(facts.plan(), facts, new Wording(PlanMessages.of(facts.plan())));
	}

	/**
	 * Whether the author wrote {@code feature}: an enumeration left out reads as its first literal (a person
	 * without {@code role} would otherwise show as leader), so parsed models are asked about their source.
	 */
	static boolean written(EObject object, EStructuralFeature feature) {
		if (NodeModelUtils.getNode(object) == null) {
			return object.eIsSet(feature);
		}
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}
}
