package plan.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;

import plan.dsl.conversion.PlanValueConverters;
import plan.dsl.linking.PlanLinkingDiagnosticMessageProvider;

/**
 * Binds the language's own services into Xtext (runtime, without the Equinox extension registry).
 */
public class PlanRuntimeModule extends AbstractPlanRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}

	/** Unresolved names become {@code reference.unresolved} with a message in the plan's language. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PlanLinkingDiagnosticMessageProvider.class;
	}
}
