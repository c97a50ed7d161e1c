package plan.dsl.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import plan.dsl.headless.PlanDiagnostic;

/** {@code plan:validate}: reports every diagnostic of the plans and fails the build on errors. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractPlanMojo {

	/** Fail the build on warnings too (e.g. a draft plan's missing sections). */
	@Parameter(property = "plan.failOnWarning", defaultValue = "false")
	private boolean failOnWarning;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		ValidatedPlans plans = loadPlans();
		if (plans == null) {
			return;
		}
		String summary = summary(plans);
		boolean failed = plans.count(PlanDiagnostic.Severity.ERROR) > 0
				|| failOnWarning && plans.count(PlanDiagnostic.Severity.WARNING) > 0;
		if (failed) {
			throw new MojoFailureException("plan validation failed: " + summary
					+ (failOnWarning ? " (failOnWarning is set)" : ""));
		}
		getLog().info("plan: " + summary);
	}
}
