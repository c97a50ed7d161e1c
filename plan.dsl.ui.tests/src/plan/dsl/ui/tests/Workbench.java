package plan.dsl.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import plan.dsl.ui.builder.PlanNature;
import plan.dsl.ui.editor.PlanEditor;

/** Projects made of corpus files, editors, and waiting for the asynchronous parts (the server, the reconciler). */
final class Workbench {

	private Workbench() {
	}

	static Path examples() {
		return Paths.get(System.getProperty("plan.repo.root", "..")).resolve("../shared/spec/examples").normalize();
	}

	/** A project holding copies of {@code files} (paths in the corpus), with the plan nature, built once. */
	static IProject project(String name, String... files) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (String file : files) {
			IFile target = project.getFile(Paths.get(file).getFileName().toString());
			target.create(Files.newInputStream(examples().resolve(file)), true, null);
		}
		PlanNature.addTo(project);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		return project;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static PlanEditor open(IFile file) throws PartInitException {
		PlanEditor editor = (PlanEditor) IDE.openEditor(page(), file, PlanEditor.ID);
		processEvents();
		return editor;
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	/** Runs the event loop until {@code condition} holds; fails after {@code timeout}. */
	static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
