package plan.dsl.tests;

import java.util.ArrayList;
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

	/** Where two dumps first differ, as the path of enclosing lines, so a failure names the feature up front. */
	static String firstDifference(String expected, String actual) {
		String[] left = expected.split("\n");
		String[] right = actual.split("\n");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			String l = i < left.length ? left[i] : "(end)";
			String r = i < right.length ? right[i] : "(end)";
			if (!l.equals(r)) {
				return "first difference in " + path(left, Math.min(i, left.length - 1)) + ": '" + l.strip() + "' vs '"
						+ r.strip() + "'";
			}
		}
		return "no difference";
	}

	/** The lines enclosing line {@code index}: each earlier line indented less than the one after it. */
	private static String path(String[] lines, int index) {
		List<String> path = new ArrayList<>();
		int indent = indentOf(lines[index]);
		for (int i = index - 1; i >= 0 && indent > 0; i--) {
			if (indentOf(lines[i]) < indent) {
				indent = indentOf(lines[i]);
				path.add(0, lines[i].strip());
			}
		}
		return String.join(" > ", path);
	}

	private static int indentOf(String line) {
		return line.length() - line.stripLeading().length();
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
