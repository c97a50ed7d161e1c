package plan.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanFiles;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanWorkspace;

/** {@code plan validate PATH...}: all given files form one workspace, so cross-file references resolve. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = PlanVersion.class,
		description = "Check plans and list their problems: file:line:column: severity code: message.")
public class ValidateCommand implements Callable<Integer> {

	enum Format {
		human, json, sarif
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".plan files or folders (searched recursively)")
	List<String> paths;

	@Option(names = "--format", defaultValue = "human", description = "human (default), json, or sarif (SARIF 2.1.0)")
	Format format;

	@Option(names = "--fail-on-warning", description = "exit 1 when there are warnings, not only errors")
	boolean failOnWarning;

	@Option(names = { "-q", "--quiet" }, description = "print only the problems, no summary")
	boolean quiet;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<PlanDiagnostic> diagnostics;
		int fileCount;
		try {
			Map<Path, String> files = PlanFiles.collect(paths);
			fileCount = files.size();
			PlanWorkspace workspace = Languages.injector().getInstance(PlanWorkspace.class);
			workspace.load(files);
			diagnostics = workspace.validate(ProgressBar.forRun(err, fileCount, quiet));
		} catch (PlanInputException e) {
			err.println("plan: " + e.getMessage());
			return PlanCli.USAGE;
		}
		if (format == Format.json) {
			out.println(DiagnosticsJson.toJson(diagnostics));
		} else if (format == Format.sarif) {
			out.println(DiagnosticsSarif.toSarif(diagnostics));
		} else {
			new HumanReport(out, Terminal.colours()).print(diagnostics, fileCount, quiet);
		}
		out.flush();
		return ExitCodes.forDiagnostics(diagnostics, failOnWarning);
	}
}
