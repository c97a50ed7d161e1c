package plan.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/**
 * A name that nothing declares becomes {@code reference.unresolved} (always an error), with a message in
 * the plan's language that names the missing element, its kind and how to declare it. The link text is the
 * issue data, for quick fixes that declare the element.
 */
public class PlanLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final String KEY = "reference.unresolved.";

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		PlanMessages messages = PlanMessages.of(EcoreUtil2.getContainerOfType(context.getContext(), Plan.class));
		String name = context.getLinkText();
		return new DiagnosticMessage(messages.get(key(messages, context.getReference().getEReferenceType()), name),
				Severity.ERROR, PlanIssueCodes.REFERENCE_UNRESOLVED, name);
	}

	/** One message per referenced kind (BackgroundItem, Party, …), a general one for any other. */
	private static String key(PlanMessages messages, EClass type) {
		String specific = KEY + type.getName();
		return messages.has(specific) ? specific : KEY + "other";
	}
}
