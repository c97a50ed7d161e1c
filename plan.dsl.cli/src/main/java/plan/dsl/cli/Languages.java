package plan.dsl.cli;

import com.google.inject.Injector;

import plan.dsl.PlanStandaloneSetup;

/** The language's injector, created once per process and only when a command needs it. */
final class Languages {

	private static Injector injector;

	private Languages() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
