package plan.dsl.ui.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

import plan.dsl.ui.PlanUiPlugin;
import plan.dsl.ui.language.DocumentUris;
import plan.dsl.ui.preferences.PlanPreferences;

/**
 * Validates every .plan file of the project together (so references across files resolve), puts the
 * diagnostics into the Problems view as markers with their codes, and regenerates the outputs of the plans
 * without errors into the output folder of the preferences.
 */
public class PlanBuilder extends IncrementalProjectBuilder {

	public static final String ID = "plan.dsl.ui.planBuilder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		if (delta != null && !touchesPlans(delta)) {
			return null;
		}
		if (delta != null) {
			tellServer(delta);
		} else {
			List<String> all = new ArrayList<>();
			for (IFile file : plansOf(project, IPath.fromPortableString(PlanPreferences.outputFolder())).keySet()) {
				all.add(DocumentUris.of(file));
			}
			PlanUiPlugin.language().filesChanged(all, List.of());
		}
		PlanProjectBuild.run(project, monitor);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		PlanMarkers.clear(getProject());
	}

	private static boolean touchesPlans(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(child -> {
			found[0] |= isPlan(child.getResource());
			return !found[0];
		});
		return found[0];
	}

	/** Files changed on disk outside an editor: the in-process server must read them again. */
	private static void tellServer(IResourceDelta delta) throws CoreException {
		List<String> changed = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		delta.accept(child -> {
			if (isPlan(child.getResource())) {
				IPath location = child.getResource().getLocation();
				if (location != null) {
					(child.getKind() == IResourceDelta.REMOVED ? deleted : changed).add(DocumentUris.of(location.toPath()));
				}
			}
			return true;
		});
		PlanUiPlugin.language().filesChanged(changed, deleted);
	}

	static boolean isPlan(IResource resource) {
		return resource instanceof IFile && "plan".equals(resource.getFileExtension());
	}

	/** The .plan files of {@code project} outside its output folder, by their path in the project. */
	static Map<IFile, String> plansOf(IProject project, IPath outputFolder) throws CoreException {
		Map<IFile, String> plans = new LinkedHashMap<>();
		project.accept(resource -> {
			if (resource.getProjectRelativePath().equals(outputFolder) || resource.getName().startsWith(".")
					&& resource.getType() == IResource.FOLDER) {
				return false;
			}
			if (isPlan(resource)) {
				plans.put((IFile) resource, resource.getProjectRelativePath().toString());
			}
			return true;
		});
		return plans;
	}
}
