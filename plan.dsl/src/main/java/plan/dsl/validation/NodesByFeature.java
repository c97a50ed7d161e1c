package plan.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * {@link NodeModelUtils#findNodesForFeature(EObject, EStructuralFeature)} for every feature of an element at
 * once: the same walk over the element's nodes (which prunes the same nodes whatever the feature), each node
 * filed under the feature it was found for. Asking for each of a project's dozen features in turn walked its
 * nodes a dozen times, which was most of the validation of a 10,000-line plan.
 */
public final class NodesByFeature {

	private final Map<String, List<INode>> byName = new HashMap<>();

	private NodesByFeature() {
	}

	public static NodesByFeature of(EObject element) {
		NodesByFeature result = new NodesByFeature();
		INode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return result;
		}
		BidiTreeIterator<INode> iterator = node.getAsTreeIterable().iterator();
		while (iterator.hasNext()) {
			INode child = iterator.next();
			EObject grammarElement = child.getGrammarElement();
			if (grammarElement == null) {
				continue;
			}
			if (grammarElement instanceof Action action) {
				if (child.getSemanticElement() == element) {
					child = iterator.next();
					result.add(action.getFeature(), child);
				} else {
					INode first = ((ICompositeNode) child).getFirstChild();
					while (first.getGrammarElement() instanceof Action) {
						first = ((ICompositeNode) first).getFirstChild();
					}
					Assignment assignment = GrammarUtil.containingAssignment(first.getGrammarElement());
					if (assignment != null) {
						result.add(assignment.getFeature(), child);
					}
				}
				iterator.prune();
			} else if (child != node) {
				Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
				if (assignment != null) {
					result.add(assignment.getFeature(), child);
					iterator.prune();
				}
			}
		}
		return result;
	}

	private void add(String feature, INode node) {
		if (feature != null) {
			byName.computeIfAbsent(feature, name -> new ArrayList<>()).add(node);
		}
	}

	/** The nodes {@code findNodesForFeature(element, feature)} returns, in the same order. */
	public List<INode> get(EStructuralFeature feature) {
		return byName.getOrDefault(feature.getName(), List.of());
	}
}
