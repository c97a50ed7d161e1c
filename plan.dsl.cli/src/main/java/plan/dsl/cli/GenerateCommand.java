package plan.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.dashboard.OpenProblems;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.generator.portfolio.PortfolioEntry;
import plan.dsl.generator.portfolio.PortfolioIndex;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanFiles;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanOutputSelection;
import plan.dsl.headless.PlanWorkspace;
import plan.dsl.plan.Plan;

/**
 * {@code plan generate PATH... -o OUTDIR}: validates, then writes every requested output of every plan
 * without errors. A plan with errors is not generated unless {@code --force}, and the command says so.
 * With several plans each gets a subfolder named after its file, so equal plan names cannot collide, and the
 * portfolio {@code index.html} lists them all.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = PlanVersion.class,
		description = "Generate documents, dashboard, brief, mind map and data from plans.")
public class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".plan files or folders (searched recursively)")
	List<String> paths;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUTDIR",
			description = "folder to write into (created if missing); nothing is written outside it")
	Path output;

	@Option(names = "--formats", split = ",", paramLabel = "FORMAT",
			description = "comma-separated subset of md,html,docx,dashboard,brief,mindmap,json,ics,csv; default all")
	List<String> formats;

	@Option(names = "--asof", paramLabel = "yyyy-MM-dd", description = "reporting date for progress and lateness")
	String asOf;

	@Option(names = "--force", description = "generate plans even when they have errors")
	boolean force;

	@Option(names = { "-q", "--quiet" }, description = "print only problems")
	boolean quiet;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			LocalDate reportingDate = reportingDate();
			selectedOutputs(OpenProblems.NOT_VALIDATED); // refuse unknown formats before any work
			Map<Path, String> files = PlanFiles.collect(paths);
			PlanWorkspace workspace = Languages.injector().getInstance(PlanWorkspace.class);
			workspace.load(files);
			List<PlanDiagnostic> diagnostics = workspace.validate(ProgressBar.forRun(err, files.size(), quiet));
			new HumanReport(err, Terminal.colours()).print(diagnostics, files.size(), true);
			OutputFolder root = OutputFolder.open(output);
			PlanFactsProvider factsProvider = Languages.injector().getInstance(PlanFactsProvider.class);
			boolean refused = false;
			Map<Plan, String> plans = workspace.plans();
			List<PlanOutput> selected = selectedOutputs(facts -> diagnostics.stream()
					.filter(d -> d.file().equals(plans.get(facts.plan()))).map(OpenProblem::of).toList());
			List<PortfolioEntry> portfolio = new ArrayList<>();
			for (Map.Entry<Plan, String> entry : plans.entrySet()) {
				long errors = count(diagnostics, entry.getValue(), PlanDiagnostic.Severity.ERROR);
				long warnings = count(diagnostics, entry.getValue(), PlanDiagnostic.Severity.WARNING);
				PlanFacts facts = factsProvider.get(entry.getKey(), reportingDate);
				List<String> written = new ArrayList<>();
				if (errors > 0 && !force) {
					err.println("plan: not generating " + entry.getValue() + ": it has " + errors
							+ (errors == 1 ? " error" : " errors") + "; fix them or use --force");
					refused = true;
				} else {
					OutputFolder folder = plans.size() == 1 ? root : root.subfolder(PlanOutputSelection.subfolderFor(entry.getValue()));
					for (PlanOutput planOutput : selected) {
						for (Path file : planOutput.write(facts, folder)) {
							written.add(root.root().relativize(file).toString());
						}
					}
				}
				portfolio.add(new PortfolioEntry(facts, entry.getValue(), written, errors, warnings));
			}
			if (plans.size() > 1) {
				PortfolioIndex.write(portfolio, root);
			}
			if (!quiet) {
				portfolio.forEach(e -> e.outputs().forEach(file -> out.println("wrote " + output.resolve(file))));
				if (plans.size() > 1) {
					out.println("wrote " + output.resolve(PortfolioIndex.FILE_NAME));
				}
			}
			out.flush();
			return refused ? PlanCli.PLAN_ERRORS : PlanCli.OK;
		} catch (PlanInputException e) {
			err.println("plan: " + e.getMessage());
			return PlanCli.USAGE;
		} catch (IOException e) {
			err.println("plan: cannot write into " + output + ": " + e.getMessage()
					+ "; earlier outputs are left as they were");
			return PlanCli.USAGE;
		}
	}

	private static long count(List<PlanDiagnostic> diagnostics, String file, PlanDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.file().equals(file) && d.severity() == severity).count();
	}

	private List<PlanOutput> selectedOutputs(OpenProblems problems) throws PlanInputException {
		try {
			return PlanOutputSelection.select(formats, problems);
		} catch (PlanInputException e) {
			throw new PlanInputException("--formats: " + e.getMessage());
		}
	}

	private LocalDate reportingDate() throws PlanInputException {
		if (asOf == null) {
			return null;
		}
		try {
			return LocalDate.parse(asOf);
		} catch (DateTimeParseException e) {
			throw new PlanInputException("--asof: '" + asOf + "' is not a date; write it as yyyy-MM-dd");
		}
	}
}
