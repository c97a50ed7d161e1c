package plan.dsl.tests;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A canonical text form of a model: one line per set feature, containment indented, cross-references shown
 * as the class and name of their target. Two models that {@code EcoreUtil.equals} considers different
 * differ in this text too, so comparing dumps turns "not equal" into a readable line-by-line difference.
 */
final class ModelDump {

	private ModelDump() {
	}

	static String of(EObject root) {
		StringBuilder out = new StringBuilder();
		dump(root, "", out);
		return out.toString();
	}

	private static void dump(EObject object, String indent, StringBuilder out) {
		out.append(object.eClass().getName()).append('\n');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature)) {
				continue;
			}
			String prefix = indent + "  " + feature.getName();
			List<?> values = feature.isMany() ? (List<?>) object.eGet(feature) : List.of(object.eGet(feature));
			for (int i = 0; i < values.size(); i++) {
				String label = feature.isMany() ? prefix + "[" + i + "]" : prefix;
				Object value = values.get(i);
				if (feature instanceof EAttribute) {
					out.append(label).append(" = ").append(value).append('\n');
				} else if (((EReference) feature).isContainment()) {
					out.append(label).append(": ");
					dump((EObject) value, indent + "    ", out);
				} else {
					out.append(label).append(" -> ").append(target((EObject) value)).append('\n');
				}
			}
		}
	}

	private static String target(EObject target) {
		if (target.eIsProxy()) {
			return "unresolved " + EcoreUtil.getURI(target);
		}
		EStructuralFeature name = target.eClass().getEStructuralFeature("name");
		return target.eClass().getName() + (name == null ? "" : " " + target.eGet(name));
	}
}
