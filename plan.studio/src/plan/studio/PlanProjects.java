package plan.studio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

import plan.dsl.ui.builder.PlanNature;

/**
 * The workspace file of a plan on disk, in a project with the plan nature. A file already in a project is taken as
 * it is. Otherwise its folder becomes a project, as File > Open Projects from File System would make it: a folder
 * of the workspace folder under its own name, any other folder as a project located there (its .project kept when
 * it has one). Plans of one folder share a project, so their references to each other resolve.
 */
final class PlanProjects {

	private PlanProjects() {
	}

	/**
	 * The file in its project, or {@code null} when it cannot have one: it lies directly in the workspace folder, or
	 * its folder's name is taken by a project elsewhere.
	 */
	static IFile fileInProject(Path file, IProgressMonitor monitor) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IFile existing = inOpenProject(root, file);
		if (existing != null) {
			PlanNature.addTo(existing.getProject());
			return existing;
		}
		Path workspaceFolder = root.getLocation().toPath().toAbsolutePath().normalize();
		Path folder = file.getParent();
		if (folder.equals(workspaceFolder)) {
			return null;
		}
		IProject project = folder.startsWith(workspaceFolder)
				? projectInWorkspaceFolder(root, workspaceFolder.relativize(folder).getName(0).toString(), monitor)
				: projectAt(root, folder, monitor);
		project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		if (project.getDefaultCharset(false) == null) {
			// plans are UTF-8 (the content type says so); a project without an encoding gets a warning in Problems
			project.setDefaultCharset(StandardCharsets.UTF_8.name(), monitor);
		}
		PlanNature.addTo(project);
		return inOpenProject(root, file);
	}

	private static IFile inOpenProject(IWorkspaceRoot root, Path file) {
		for (IFile candidate : root.findFilesForLocationURI(file.toUri())) {
			if (candidate.getProject().isOpen()) {
				return candidate;
			}
		}
		return null;
	}

	private static IProject projectInWorkspaceFolder(IWorkspaceRoot root, String name, IProgressMonitor monitor)
			throws CoreException {
		IProject project = root.getProject(name);
		if (!project.exists()) {
			// the folder of that name is the project's default location: its files become the project's
			project.create(monitor);
		}
		project.open(monitor);
		return project;
	}

	private static IProject projectAt(IWorkspaceRoot root, Path folder, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = root.getWorkspace();
		Path dotProject = folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
		IProjectDescription description = Files.isRegularFile(dotProject)
				? workspace.loadProjectDescription(IPath.fromPath(dotProject))
				: workspace.newProjectDescription(folder.getFileName().toString());
		IProject project = root.getProject(freeName(root, description.getName()));
		description.setName(project.getName());
		description.setLocation(IPath.fromPath(folder));
		project.create(description, monitor);
		project.open(monitor);
		return project;
	}

	/** {@code name}, or {@code name (2)}, {@code name (3)}, ... when a project of that name is elsewhere. */
	private static String freeName(IWorkspaceRoot root, String name) {
		String free = name;
		for (int n = 2; root.getProject(free).exists(); n++) {
			free = name + " (" + n + ")";
		}
		return free;
	}
}
