package plan.dsl.validation;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Adjustment;
import plan.dsl.plan.ApprovalRound;
import plan.dsl.plan.BudgetItem;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.ProgressUpdate;
import plan.dsl.plan.Project;
import plan.dsl.plan.Stage;

/**
 * How a diagnostic names an element in the plan's language ("project A1", "阶段 P2", "the plan period"),
 * so a message says which part of the plan to fix even when the element has no name of its own.
 */
final class ElementLabels {

	private static final int SHORT_TEXT = 20;
	private static final int LISTED = 6;

	private ElementLabels() {
	}

	static String of(EObject object) {
		PlanMessages messages = PlanMessages.of(EcoreUtil2.getContainerOfType(object, Plan.class));
		if (object instanceof DateRange range) {
			return range.eContainer() instanceof Plan ? messages.get("label.period") : of(range.eContainer());
		}
		if (object instanceof Plan plan) {
			return messages.get("label.plan", plan.getName());
		}
		if (object instanceof Phase phase) {
			return messages.get("label.phase", phase.getName());
		}
		if (object instanceof Milestone milestone) {
			return messages.get("label.milestone", milestone.getName());
		}
		if (object instanceof Project project) {
			return messages.get("label.project", project.getName());
		}
		if (object instanceof Goal goal) {
			return messages.get("label.goal", goal.getName());
		}
		if (object instanceof Stage stage) {
			return messages.get("label.stage", shorten(stage.getTitle()));
		}
		if (object instanceof ApprovalRound round) {
			return messages.get("label.round", String.valueOf(round.getNumber()));
		}
		if (object instanceof ProgressUpdate update) {
			return messages.get("label.update", referenceText(update));
		}
		if (object instanceof Adjustment adjustment) {
			return messages.get("label.adjustment", shorten(adjustment.getText()));
		}
		if (object instanceof BudgetItem item) {
			return messages.get("label.item", shorten(item.getText()));
		}
		return object.eClass().getName();
	}

	/**
	 * Names joined as the plan's language lists them ("A1, A2" or "A1、A2"). Only the first few are
	 * named, so that each of thousands of diagnostics about one large group costs constant time.
	 */
	static <T> String list(EObject context, List<T> items, Function<T, String> name) {
		Plan plan = EcoreUtil2.getContainerOfType(context, Plan.class);
		String separator = plan != null && plan.getLanguage() == DocLanguage.EN ? ", " : "、";
		String head = items.stream().limit(LISTED).map(name).collect(Collectors.joining(separator));
		return items.size() > LISTED ? head + separator + "… (" + items.size() + ")" : head;
	}

	/** The project name as written, so an unresolved name still shows. */
	private static String referenceText(ProgressUpdate update) {
		return NodeModelUtils.findNodesForFeature(update, PlanPackage.Literals.PROGRESS_UPDATE__PROJECT).stream()
				.map(NodeModelUtils::getTokenText).findFirst().orElse("?");
	}

	private static String shorten(String text) {
		if (text == null) {
			return "";
		}
		return text.codePointCount(0, text.length()) <= SHORT_TEXT ? text
				: text.substring(0, text.offsetByCodePoints(0, SHORT_TEXT)) + "…";
	}
}
