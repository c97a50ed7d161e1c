package plan.dsl.linking;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;

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
}
