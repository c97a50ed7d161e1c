package plan.dsl.generator.data;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;

/**
 * How the data exports name a referenced element: by its name, or, when the reference does not resolve, by
 * the text the author wrote, so an export of an unfinished plan loses nothing and never fails.
 */
final class References {

	private References() {
	}

	/** The name of the {@code index}-th target of {@code reference} in {@code owner} (0 for single references). */
	static String name(EObject owner, EReference reference, EObject target, int index) {
		if (target != null && !target.eIsProxy()) {
			String name = SimpleAttributeResolver.NAME_RESOLVER.apply(target);
			if (name != null) {
				return name;
			}
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		return index < nodes.size() ? NodeModelUtils.getTokenText(nodes.get(index)) : "";
	}

	/** Single-valued reference; {@code null} when the author wrote none. */
	static String name(EObject owner, EReference reference) {
		EObject target = (EObject) owner.eGet(reference);
		return target == null ? null : name(owner, reference, target, 0);
	}

	/** The plan that declares {@code goal}; for a goal of another plan this is that plan. */
	static Plan planOf(Goal goal) {
		return goal == null || goal.eIsProxy() ? null : EcoreUtil2.getContainerOfType(goal, Plan.class);
	}
}
