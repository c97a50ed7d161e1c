package plan.dsl.facts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Questions the model alone cannot answer: EMF reports an enumeration left out as its first literal
 * ({@code kind activity}, {@code status draft}, {@code role member}) and an impossible date as no value, so
 * only the source text tells whether the author wrote them. Facts, generators and views all ask here.
 */
public final class SourceText {

	private SourceText() {
	}

	/** Whether {@code object} was parsed from text (models built in code have no source). */
	public static boolean hasSource(EObject object) {
		return NodeModelUtils.getNode(object) != null;
	}

	/**
	 * Whether the author wrote {@code feature} of {@code object}; for a model built in code, without text,
	 * whether EMF has it set.
	 */
	public static boolean isWritten(EObject object, EStructuralFeature feature) {
		if (!hasSource(object)) {
			return object.eIsSet(feature);
		}
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}
}
