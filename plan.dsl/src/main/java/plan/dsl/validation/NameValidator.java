package plan.dsl.validation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import plan.dsl.plan.BackgroundItem;
import plan.dsl.plan.Criteria;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Finding;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Outcome;
import plan.dsl.plan.Person;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.Project;
import plan.dsl.plan.Safeguards;
import plan.dsl.plan.Unit;

/**
 * Names and settings that may occur only once: two elements of one kind sharing a name
 * ({@code name.duplicate}, so references would be ambiguous) and a setting, field or once-only section
 * written twice ({@code setting.duplicate}, where the later silently replaced the earlier). Always errors:
 * both lose what the author wrote.
 */
public class NameValidator extends PlanCheckBase {

	/** One pass over the plan with a map from kind and name to the first element: linear in its size. */
	@Check
	public void checkUniqueNames(Plan plan) {
		Map<String, EObject> first = new HashMap<>();
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			String kind = kindOf(element);
			String name = kind == null ? null : (String) element.eGet(nameFeature(element));
			if (name == null) {
				continue;
			}
			EObject earlier = first.putIfAbsent(kind + '\u0000' + name, element);
			if (earlier != null) {
				error(text(plan, "name.duplicate", text(plan, "name.kind." + labelOf(earlier, kind)), name,
						lineOf(earlier)),
						element, nameFeature(element), PlanIssueCodes.NAME_DUPLICATE, name);
			}
		}
	}

	/**
	 * The kinds whose names are referenced; persons and units share one kind because {@code owner} may name
	 * either.
	 */
	private static String kindOf(EObject element) {
		if (element instanceof BackgroundItem) {
			return "background-item";
		} else if (element instanceof Goal) {
			return "goal";
		} else if (element instanceof Person || element instanceof Unit) {
			return "party";
		} else if (element instanceof Finding) {
			return "finding";
		} else if (element instanceof Phase) {
			return "phase";
		} else if (element instanceof Milestone) {
			return "milestone";
		} else if (element instanceof Project) {
			return "project";
		} else if (element instanceof Criterion) {
			return "criterion";
		} else if (element instanceof Outcome) {
			return "outcome";
		}
		return null;
	}

	/** Persons and units share a namespace but are named for what the earlier one is. */
	private static String labelOf(EObject element, String kind) {
		return element instanceof Person ? "person" : element instanceof Unit ? "unit" : kind;
	}

	private static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	@Check
	public void checkPlanSettings(Plan plan) {
		checkSingleSettings(plan);
	}

	@Check
	public void checkGoalFields(Goal goal) {
		checkSingleSettings(goal);
	}

	@Check
	public void checkProjectFields(Project project) {
		checkSingleSettings(project);
	}

	@Check
	public void checkCriteriaSettings(Criteria criteria) {
		checkSingleSettings(criteria);
	}

	@Check
	public void checkSafeguards(Safeguards safeguards) {
		checkSingleSettings(safeguards);
	}

	/**
	 * These elements list their settings in any order and any number of times, so the grammar cannot stop a
	 * second {@code kind} or {@code team}; the model keeps only the last one. Every single-valued feature
	 * written more than once is reported from the second occurrence on.
	 */
	private void checkSingleSettings(EObject element) {
		NodesByFeature nodesByFeature = NodesByFeature.of(element);
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() || feature == PlanPackage.Literals.PLAN__NAME) {
				continue;
			}
			List<INode> nodes = nodesByFeature.get(feature);
			for (int i = 1; i < nodes.size(); i++) {
				reportDuplicateSetting(element, nodes.get(0), nodes.get(i));
			}
		}
	}

	private void reportDuplicateSetting(EObject element, INode firstNode, INode node) {
		ILeafNode keyword = keywordOf(node);
		int offset = keyword != null ? keyword.getOffset() : node.getOffset();
		int length = node.getEndOffset() - offset;
		String label = keyword != null ? keyword.getText() : NodeModelUtils.getTokenText(node);
		getMessageAcceptor().acceptError(
				text(element, "setting.duplicate", label, String.valueOf(firstNode.getStartLine())), element, offset,
				length, PlanIssueCodes.SETTING_DUPLICATE, label);
	}

	/**
	 * The keyword that introduces a setting: the first token of a section ({@code team { … }}), or the
	 * keyword just before a value ({@code kind activity}).
	 */
	private static ILeafNode keywordOf(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				if (isSettingKeyword(leaf)) {
					return leaf;
				}
				break;
			}
		}
		for (INode previous = node.getPreviousSibling(); previous != null; previous = previous.getPreviousSibling()) {
			if (previous instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			return previous instanceof ILeafNode leaf && isSettingKeyword(leaf) ? leaf : null;
		}
		return null;
	}

	/** A keyword, but not an enumeration value such as {@code activity}. */
	private static boolean isSettingKeyword(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof Keyword keyword
				&& !(keyword.eContainer() instanceof EnumLiteralDeclaration);
	}

	/** The line of the element's name (passed as text: MessageFormat would group a number as 1,234). */
	private static String lineOf(EObject element) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, nameFeature(element));
		return nodes.isEmpty() ? "?" : String.valueOf(nodes.get(0).getStartLine());
	}
}
