package plan.dsl.ui.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Injector;

import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanOutputSelection;
import plan.dsl.headless.PlanWorkspace;
import plan.dsl.plan.Plan;
import plan.dsl.ui.PlanUiPlugin;
import plan.dsl.ui.preferences.PlanPreferences;

/**
 * One build of a project's plans, as {@code plan generate} does it for a folder: load all, validate all,
 * markers for every diagnostic, outputs for every plan without errors (one plan: into the output folder; several:
 * a subfolder each, as the command line lays them out).
 */
public final class PlanProjectBuild {

	private PlanProjectBuild() {
	}

	public static void run(IProject project, IProgressMonitor monitor) throws CoreException {
		IPath outputPath = IPath.fromPortableString(PlanPreferences.outputFolder());
		Map<IFile, String> files = PlanBuilder.plansOf(project, outputPath);
		PlanMarkers.clear(project);
		if (files.isEmpty()) {
			return;
		}
		Injector injector = languageInjector();
		PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
		Map<Path, String> paths = new LinkedHashMap<>();
		Map<String, IFile> byName = new LinkedHashMap<>();
		files.forEach((file, name) -> {
			paths.put(file.getLocation().toPath(), name);
			byName.put(name, file);
		});
		try {
			workspace.load(paths);
			List<PlanDiagnostic> diagnostics = workspace.validate();
			for (PlanDiagnostic diagnostic : diagnostics) {
				PlanMarkers.add(byName.get(diagnostic.file()), diagnostic);
			}
			generate(project, outputPath, workspace.plans(), diagnostics, injector.getInstance(PlanFactsProvider.class));
		} catch (PlanInputException e) {
			project.createMarker(PlanMarkers.TYPE, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.MESSAGE, e.getMessage()));
		}
		project.getFolder(outputPath).refreshLocal(IResource.DEPTH_INFINITE, monitor);
	}

	private static void generate(IProject project, IPath outputPath, Map<Plan, String> plans, List<PlanDiagnostic> diagnostics,
			PlanFactsProvider factsProvider) throws PlanInputException, CoreException {
		List<PlanOutput> outputs = PlanOutputSelection.select(PlanPreferences.formats(), facts -> diagnostics.stream()
				.filter(d -> d.file().equals(plans.get(facts.plan()))).map(OpenProblem::of).toList());
		OutputFolder root = OutputFolder.open(project.getLocation().append(outputPath).toPath());
		try {
			for (Map.Entry<Plan, String> plan : plans.entrySet()) {
				boolean errors = diagnostics.stream().anyMatch(
						d -> d.file().equals(plan.getValue()) && d.severity() == PlanDiagnostic.Severity.ERROR);
				if (errors) {
					continue;
				}
				OutputFolder folder = plans.size() == 1 ? root : root.subfolder(PlanOutputSelection.subfolderFor(plan.getValue()));
				for (PlanOutput output : outputs) {
					output.write(factsProvider.get(plan.getKey(), null), folder);
				}
			}
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot write into " + root.root() + ": " + e.getMessage(), e));
		}
	}

	/** The folder the outputs of {@code plan} go to, as {@link #run} lays them out. */
	public static IPath outputFolderOf(IFile plan) throws CoreException {
		IPath outputPath = IPath.fromPortableString(PlanPreferences.outputFolder());
		Map<IFile, String> files = PlanBuilder.plansOf(plan.getProject(), outputPath);
		return files.size() <= 1 ? outputPath : outputPath.append(PlanOutputSelection.subfolderFor(files.get(plan)));
	}

	/** The injector of the language as the in-process server registered it. */
	public static Injector languageInjector() {
		PlanUiPlugin.language();
		return IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(URI.createFileURI("any.plan"))
				.get(Injector.class);
	}

}
