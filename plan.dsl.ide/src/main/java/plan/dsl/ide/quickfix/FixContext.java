package plan.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;

/**
 * What a fix works on, independent of the front end that asks: the parsed resource and its text, where the
 * diagnostic starts, the data the validator attached, and the element at that offset.
 */
public record FixContext(XtextResource resource, String text, int offset, List<String> data, EObject element) {

	/** The plan the diagnosed element belongs to, or the document's plan; {@code null} for an empty document. */
	public Plan plan() {
		Plan plan = element == null ? null : EcoreUtil2.getContainerOfType(element, Plan.class);
		if (plan == null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Plan root) {
			return root;
		}
		return plan;
	}

	/** The diagnosed element or its nearest container of {@code type}. */
	public <T extends EObject> T find(Class<T> type) {
		return element == null ? null : EcoreUtil2.getContainerOfType(element, type);
	}

	public SourceText source() {
		return new SourceText(text);
	}

	/** Labels and placeholders in the plan's {@code language}. */
	public PlanMessages messages() {
		return PlanMessages.of(plan());
	}

	public KeywordStyle style() {
		Plan plan = plan();
		return plan == null ? KeywordStyle.ENGLISH : KeywordStyle.of(plan);
	}
}
