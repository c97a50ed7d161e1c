package plan.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import plan.dsl.ide.labels.ElementSummary;

/**
 * Names proposed for a reference carry a detail line that tells them apart: a person's position, a goal's
 * title, a phase's dates ({@link ElementSummary}). Elements of other files are resolved for it; they are
 * loaded in the workspace already.
 */
public class PlanCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			EObject element = candidate.getEObjectOrProxy();
			if (element.eIsProxy()) {
				element = EcoreUtil.resolve(element, context.getResource());
			}
			String summary = element.eIsProxy() ? null : ElementSummary.of(element);
			if (summary != null) {
				entry.setDescription(summary);
			}
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		}
		return entry;
	}
}
