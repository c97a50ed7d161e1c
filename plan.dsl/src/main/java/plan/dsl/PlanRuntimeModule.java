package plan.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;

import plan.dsl.conversion.PlanValueConverters;

/**
 * Binds the language's own services into Xtext (runtime, without the Equinox extension registry).
 */
public class PlanRuntimeModule extends AbstractPlanRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}
}
