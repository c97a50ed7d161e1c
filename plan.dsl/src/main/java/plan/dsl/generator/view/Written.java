package plan.dsl.generator.view;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether the author wrote a setting. EMF reports an enumeration's first value ({@code kind activity},
 * {@code status draft}, {@code role leader}) both when it is written and when it is absent, and its
 * {@code eIsSet} is false for that value, so the source text decides.
 */
final class Written {

	private Written() {
	}

	static boolean isWritten(EObject object, EStructuralFeature feature) {
		if (NodeModelUtils.getNode(object) == null) {
			return object.eIsSet(feature); // built in code, not parsed: only what was set counts
		}
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}
}
