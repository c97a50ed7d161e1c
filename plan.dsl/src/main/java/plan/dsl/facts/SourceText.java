package plan.dsl.facts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Questions the model alone cannot answer: an enum setting left out reads as its first literal, and an
 * impossible date reads as no value, so only the source text tells whether the author wrote them.
 */
final class SourceText {

	private SourceText() {
	}

	/** Whether {@code object} was parsed from text (models built in code have no source). */
	static boolean hasSource(EObject object) {
		return NodeModelUtils.getNode(object) != null;
	}

	/** Whether the source text of {@code object} assigns {@code feature}; false without a source. */
	static boolean isWritten(EObject object, EStructuralFeature feature) {
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}
}
