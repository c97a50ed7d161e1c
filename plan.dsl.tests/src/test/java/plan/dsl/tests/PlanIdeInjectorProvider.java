package plan.dsl.tests;

import com.google.inject.Injector;

import plan.dsl.ide.PlanIdeSetup;

/**
 * The language injector with the IDE services (quick fixes, code actions) that the language server uses,
 * created once; EMF's global registries are restored around each test.
 */
public class PlanIdeInjectorProvider extends PlanInjectorProvider {

	@Override
	protected Injector createInjector() {
		return new PlanIdeSetup().createInjectorAndDoEMFRegistration();
	}
}
