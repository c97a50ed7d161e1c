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
			// Guice's class generation goes through sun.misc.Unsafe, which JDK 24+ warns about on stderr at
			// every start; Xtext needs no method interception, so plain reflection serves as well.
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
			injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
