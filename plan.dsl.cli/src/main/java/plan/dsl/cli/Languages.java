package plan.dsl.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import com.google.inject.Injector;

import plan.dsl.PlanStandaloneSetup;

/**
 * The language's injector, created once per process and only when a command needs it. Creating it is the
 * longest step of a short run, so a command that will need it can start it on a second thread while the
 * command line is still being parsed ({@link #prepareInBackground()}).
 */
final class Languages {

	private static FutureTask<Injector> injector;

	private Languages() {
	}

	/** Starts creating the injector on a daemon thread; {@link #injector()} then waits for it. */
	static synchronized void prepareInBackground() {
		if (injector == null) {
			injector = new FutureTask<>(Languages::create);
			Thread thread = new Thread(injector, "plan-injector");
			thread.setDaemon(true);
			thread.start();
		}
	}

	static Injector injector() {
		FutureTask<Injector> task;
		synchronized (Languages.class) {
			if (injector == null) {
				injector = new FutureTask<>(Languages::create);
				injector.run();
			}
			task = injector;
		}
		try {
			return task.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while setting the language up", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
	}

	private static Injector create() {
		// Guice's class generation goes through sun.misc.Unsafe, which JDK 24+ warns about on stderr at
		// every start; Xtext needs no method interception, so plain reflection serves as well.
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		return new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
