package plan.dsl.tests;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A canonical text form of a parsed plan, to compare a file with its formatted version: one line per set
 * feature, containment indented, a cross-reference as its target's class and name. {@code EcoreUtil.equals}
 * cannot do this comparison: an unresolved reference is a proxy whose URI holds the index of its node, and
 * formatting changes node indices. Here an unresolved reference shows the name written in the source instead
 * (without whitespace, so {@code A . B} and {@code A.B} are the same name).
 */
final class FormatterModelDump {

	private FormatterModelDump() {
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
			List<?> values = feature.isMany() ? (List<?>) object.eGet(feature) : List.of(object.eGet(feature));
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
			for (int i = 0; i < values.size(); i++) {
				String label = indent + "  " + feature.getName() + (feature.isMany() ? "[" + i + "]" : "");
				Object value = values.get(i);
				if (feature instanceof EAttribute) {
					out.append(label).append(" = ").append(value).append('\n');
				} else if (((EReference) feature).isContainment()) {
					out.append(label).append(": ");
					dump((EObject) value, indent + "    ", out);
				} else {
					String written = i < nodes.size() ? NodeModelUtils.getTokenText(nodes.get(i)).replaceAll("\\s", "") : "?";
					out.append(label).append(" -> ").append(target((EObject) value, written)).append('\n');
				}
			}
		}
	}

	private static String target(EObject target, String written) {
		if (target.eIsProxy()) {
			return "unresolved " + written;
		}
		EStructuralFeature name = target.eClass().getEStructuralFeature("name");
		return target.eClass().getName() + (name == null ? "" : " " + target.eGet(name));
	}
}
