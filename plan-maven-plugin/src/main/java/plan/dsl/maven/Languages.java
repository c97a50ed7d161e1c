package plan.dsl.maven;

import com.google.inject.Injector;

import plan.dsl.PlanStandaloneSetup;

/** One injector per plugin class realm: Maven reuses the realm across modules, so set-up is paid once. */
final class Languages {

	private static Injector injector;

	private Languages() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			// Guice's class generation trips over Maven's class realms; reflection is enough here.
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
			injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
