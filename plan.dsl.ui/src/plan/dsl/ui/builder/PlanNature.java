package plan.dsl.ui.builder;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** Marks a project whose .plan files the {@link PlanBuilder} validates and generates. */
public class PlanNature implements IProjectNature {

	public static final String ID = "plan.dsl.ui.planNature";

	private IProject project;

	/** Adds the nature (and so the builder) to {@code project} unless it has it. */
	public static void addTo(IProject project) throws CoreException {
		if (project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = description.getNatureIds();
		String[] more = new String[natures.length + 1];
		System.arraycopy(natures, 0, more, 0, natures.length);
		more[natures.length] = ID;
		description.setNatureIds(more);
		project.setDescription(description, null);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		for (ICommand command : description.getBuildSpec()) {
			if (command.getBuilderName().equals(PlanBuilder.ID)) {
				return;
			}
		}
		ICommand[] commands = description.getBuildSpec();
		ICommand[] more = new ICommand[commands.length + 1];
		System.arraycopy(commands, 0, more, 0, commands.length);
		ICommand command = description.newCommand();
		command.setBuilderName(PlanBuilder.ID);
		more[commands.length] = command;
		description.setBuildSpec(more);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
