package plan.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.lsp4j.Diagnostic;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;

/**
 * What a fix works on: the parsed document, the diagnostic, and the element at the diagnostic's start (found
 * the way {@code DiagnosticResolution} finds it).
 */
public record FixContext(XtextResource resource, Document document, Diagnostic diagnostic, EObject element) {

	/** Offset of the diagnostic's start in the document. */
	public int offset() {
		return document.getOffSet(diagnostic.getRange().getStart());
	}

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
		return new SourceText(document.getContents());
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
