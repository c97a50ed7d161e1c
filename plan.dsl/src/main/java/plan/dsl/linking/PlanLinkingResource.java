package plan.dsl.linking;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;
import org.eclipse.xtext.util.Triple;

import plan.dsl.parser.PlanSyntaxDiagnostic;
import plan.dsl.parser.SectionParseResult;

/**
 * A plan's resource: after an edit that re-parsed only one section and left its declared names as they were
 * ({@link SectionParseResult}), it links only that section ({@link PlanLinker#linkSection}); linking all of a
 * 10,000-line plan again, and resolving all its references again for validation, cost more than the re-parse.
 */
public class PlanLinkingResource extends LazyLinkingResource {

	@Override
	protected void doLinking() {
		if (getParseResult() instanceof SectionParseResult result && result.getRootASTElement() != null
				&& getLinker() instanceof PlanLinker linker && result.takeLinkOnlySection()) {
			forgetProxiesOfUnloadedObjects();
			ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
			linker.linkSection(result.getRootASTElement(), result.getSection().getSemanticElement(), consumer);
			if (!isValidationDisabled()) {
				getErrors().addAll(consumer.getResult(Severity.ERROR));
				getWarnings().addAll(consumer.getResult(Severity.WARNING));
			}
			if (isEagerLinking()) {
				EcoreUtil.resolveAll(this);
			}
			return;
		}
		super.doLinking();
	}

	/** Syntax errors as {@link PlanSyntaxDiagnostic}, whose position holds at the end of a text ending in a lone CR. */
	@Override
	protected void addSyntaxDiagnostic(List<Resource.Diagnostic> diagnostics, INode node) {
		String code = node.getSyntaxErrorMessage().getIssueCode();
		// Resource.Diagnostic, inherited, hides the import of Xtext's Diagnostic here
		if (org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE.equals(code)) {
			super.addSyntaxDiagnostic(diagnostics, node); // a range inside a quoted text, never at its end
		} else {
			diagnostics.add(new PlanSyntaxDiagnostic(node));
		}
	}

	/**
	 * Drops the lazy proxy information of references from the objects a re-parse unloaded: linking the whole
	 * model clears it all, linking one section only adds to it.
	 */
	private void forgetProxiesOfUnloadedObjects() {
		List<Triple<EObject, EReference, INode>> information = getLazyProxyInformation();
		for (int i = 0; i < information.size(); i++) {
			Triple<EObject, EReference, INode> proxy = information.get(i);
			if (proxy != null && proxy.getFirst().eIsProxy()) {
				removeLazyProxyInformation(i);
			}
		}
	}
}
