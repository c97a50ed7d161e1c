package plan.dsl.tests;

import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.testing.IInjectorProvider;
import org.eclipse.xtext.testing.IRegistryConfigurator;

import com.google.inject.Injector;

import plan.dsl.PlanStandaloneSetup;

/** Creates the language injector once and restores EMF's global registries around each test. */
public class PlanInjectorProvider implements IInjectorProvider, IRegistryConfigurator {

	private GlobalStateMemento stateBeforeInjectorCreation;
	private GlobalStateMemento stateAfterInjectorCreation;
	private Injector injector;

	static {
		GlobalRegistries.initializeDefaults();
	}

	@Override
	public Injector getInjector() {
		if (injector == null) {
			stateBeforeInjectorCreation = GlobalRegistries.makeCopyOfGlobalState();
			injector = createInjector();
			stateAfterInjectorCreation = GlobalRegistries.makeCopyOfGlobalState();
		}
		return injector;
	}

	/** The language's runtime injector; a subclass adds the IDE services. */
	protected Injector createInjector() {
		return new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void restoreRegistry() {
		stateBeforeInjectorCreation.restoreGlobalState();
	}

	@Override
	public void setupRegistry() {
		getInjector();
		stateAfterInjectorCreation.restoreGlobalState();
	}
}
