package plan.dsl.maven;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanFiles;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanWorkspace;

/** What both goals share: where the plans are, skipping, loading and validating them, and logging diagnostics. */
abstract class AbstractPlanMojo extends AbstractMojo {

	/** Folder searched recursively for {@code *.plan} files; all of them form one workspace. */
	@Parameter(property = "plan.sourceDirectory", defaultValue = "${project.basedir}/src/main/plan")
	protected File sourceDirectory;

	@Parameter(property = "plan.skip", defaultValue = "false")
	protected boolean skip;

	/** The plans, validated; {@code null} (after saying so) when there are none to work on. */
	protected ValidatedPlans loadPlans() throws MojoExecutionException {
		if (skip) {
			getLog().info("plan: skipped (plan.skip)");
			return null;
		}
		if (!sourceDirectory.isDirectory() || !containsPlans()) {
			getLog().info("plan: no .plan files in " + sourceDirectory);
			return null;
		}
		try {
			Map<java.nio.file.Path, String> files = PlanFiles.collect(List.of(sourceDirectory.getPath()));
			PlanWorkspace workspace = Languages.injector().getInstance(PlanWorkspace.class);
			workspace.load(files);
			List<PlanDiagnostic> diagnostics = workspace.validate();
			diagnostics.forEach(this::log);
			return new ValidatedPlans(files, workspace, diagnostics);
		} catch (PlanInputException e) {
			throw new MojoExecutionException("plan: " + e.getMessage());
		}
	}

	/** Maven's own layout for source positions, so IDEs and CI log parsers link the line. */
	private void log(PlanDiagnostic d) {
		String text = d.file() + ":[" + d.line() + "," + d.column() + "] " + d.code() + ": " + d.message();
		Log log = getLog();
		switch (d.severity()) {
			case ERROR -> log.error(text);
			case WARNING -> log.warn(text);
			default -> log.info(text);
		}
	}

	protected static String summary(ValidatedPlans plans) {
		long errors = plans.count(PlanDiagnostic.Severity.ERROR);
		long warnings = plans.count(PlanDiagnostic.Severity.WARNING);
		int files = plans.files().size();
		return files + (files == 1 ? " plan: " : " plans: ") + errors + (errors == 1 ? " error, " : " errors, ")
				+ warnings + (warnings == 1 ? " warning" : " warnings");
	}

	private boolean containsPlans() throws MojoExecutionException {
		try (var walk = Files.walk(sourceDirectory.toPath())) {
			return walk.anyMatch(p -> p.getFileName().toString().endsWith(".plan") && Files.isRegularFile(p));
		} catch (java.io.IOException | java.io.UncheckedIOException e) {
			throw new MojoExecutionException("plan: cannot list " + sourceDirectory + ": " + e.getMessage(), e);
		}
	}
}
