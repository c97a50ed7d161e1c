package plan.dsl.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanOutputSelection;
import plan.dsl.headless.PlanSourceReader;
import plan.dsl.plan.Plan;

/**
 * {@code plan:generate}: validates, then writes the requested outputs of each plan into a subfolder of
 * {@code outputDirectory} named after its source file. Plans with errors are refused unless {@code force};
 * plans whose inputs did not change since the last run (see {@link GenerationState}) are skipped.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractPlanMojo {

	@Parameter(property = "plan.outputDirectory", defaultValue = "${project.build.directory}/plan")
	private File outputDirectory;

	/** Subset of md, html, docx, dashboard, brief, mindmap, json, ics, csv; all when empty. */
	@Parameter(property = "plan.formats")
	private List<String> formats;

	/** Reporting date (yyyy-MM-dd) for progress and lateness; the plans' own when unset. */
	@Parameter(property = "plan.asof")
	private String asof;

	/** Generate plans even when they have errors. */
	@Parameter(property = "plan.force", defaultValue = "false")
	private boolean force;

	@Parameter(defaultValue = "${plugin.version}", readonly = true)
	private String pluginVersion;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("plan: skipped (plan.skip)");
			return;
		}
		LocalDate reportingDate = reportingDate(); // a mistyped date fails before the slow validation
		ValidatedPlans plans = loadPlans();
		if (plans == null) {
			return;
		}
		getLog().info("plan: " + summary(plans));
		try {
			OutputFolder root = OutputFolder.open(outputDirectory.toPath());
			GenerationState state = GenerationState.load(root.root());
			List<String> refused = generate(plans, reportingDate, root, state);
			state.save();
			if (!refused.isEmpty()) {
				throw new MojoFailureException("plan: not generated because of errors (set plan.force to generate anyway): "
						+ String.join(", ", refused));
			}
		} catch (PlanInputException e) {
			throw new MojoExecutionException("plan: " + e.getMessage());
		} catch (IOException e) {
			throw new MojoExecutionException("plan: cannot write into " + outputDirectory + ": " + e.getMessage(), e);
		}
	}

	/** @return the plans refused for their errors */
	private List<String> generate(ValidatedPlans plans, LocalDate reportingDate, OutputFolder root,
			GenerationState state) throws PlanInputException, IOException {
		Map<Plan, String> loaded = plans.workspace().plans();
		List<PlanOutput> selected = PlanOutputSelection.select(formats, facts -> plans.diagnostics().stream()
				.filter(d -> d.file().equals(loaded.get(facts.plan()))).map(OpenProblem::of).toList());
		PlanFactsProvider factsProvider = Languages.injector().getInstance(PlanFactsProvider.class);
		String settings = String.join(",", formats == null ? List.of() : formats) + "|" + asof + "|" + pluginVersion;
		List<String> refused = new ArrayList<>();
		for (Map.Entry<Plan, String> entry : loaded.entrySet()) {
			String shownAs = entry.getValue();
			Path source = plans.pathOf(shownAs);
			String key = sourceDirectory.toPath().toAbsolutePath().normalize().relativize(source).toString();
			if (plans.count(shownAs, PlanDiagnostic.Severity.ERROR) > 0 && !force) {
				getLog().error("plan: not generating " + shownAs + ": it has errors");
				state.forget(key);
				refused.add(shownAs);
				continue;
			}
			String hash = GenerationState.hash(PlanSourceReader.read(source, shownAs), settings);
			if (state.isUpToDate(key, hash, root.root())) {
				getLog().info("plan: " + key + " is up to date, not regenerated");
				continue;
			}
			OutputFolder folder = root.subfolder(PlanOutputSelection.subfolderFor(key));
			List<String> written = new ArrayList<>();
			for (PlanOutput output : selected) {
				for (Path file : output.write(factsProvider.get(entry.getKey(), reportingDate), folder)) {
					written.add(root.root().relativize(file).toString());
				}
			}
			state.record(key, hash, written);
			getLog().info("plan: generated " + key + " (" + written.size() + " files)");
		}
		return refused;
	}

	private LocalDate reportingDate() throws MojoExecutionException {
		try {
			return asof == null || asof.isBlank() ? null : LocalDate.parse(asof.trim());
		} catch (DateTimeParseException e) {
			throw new MojoExecutionException("plan: asof '" + asof + "' is not a date; write it as yyyy-MM-dd");
		}
	}
}
