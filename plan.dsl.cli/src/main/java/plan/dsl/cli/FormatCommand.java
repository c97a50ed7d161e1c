package plan.dsl.cli;

import java.io.IOException;
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
import plan.dsl.formatting2.PlanFormatting;
import plan.dsl.generator.OutputFolder;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanFiles;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanSourceReader;
import plan.dsl.headless.PlanWorkspace;
import plan.dsl.validation.PlanIssueCodes;

/**
 * {@code plan format PATH... [--check]}: rewrites files in the canonical layout (atomically, keeping every
 * comment), or lists those that would change. A file with syntax errors is never touched: its errors are shown.
 */
@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = PlanVersion.class,
		description = "Rewrite plans in the canonical layout, or with --check list those that would change.")
public class FormatCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".plan files or folders (searched recursively)")
	List<String> paths;

	@Option(names = "--check", description = "change nothing; list files that are not canonical and exit 1 if any")
	boolean check;

	@Option(names = { "-q", "--quiet" }, description = "print only problems")
	boolean quiet;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			Map<Path, String> files = PlanFiles.collect(paths);
			PlanWorkspace workspace = Languages.injector().getInstance(PlanWorkspace.class);
			workspace.load(files);
			List<PlanDiagnostic> syntaxErrors = workspace.validate().stream()
					.filter(d -> PlanIssueCodes.SYNTAX_ERROR.equals(d.code())).toList();
			PlanFormatting formatting = Languages.injector().getInstance(PlanFormatting.class);
			boolean needsAttention = false;
			for (Map.Entry<Path, String> file : files.entrySet()) {
				List<PlanDiagnostic> errors = syntaxErrors.stream().filter(d -> d.file().equals(file.getValue())).toList();
				if (!errors.isEmpty()) {
					new HumanReport(err, Terminal.colours()).print(errors, 1, true);
					err.println("plan: " + file.getValue() + ": not formatted; fix the syntax errors first");
					needsAttention = true;
					continue;
				}
				String text = PlanSourceReader.read(file.getKey(), file.getValue());
				String formatted = formatting.format(text);
				if (formatted.equals(text)) {
					continue;
				}
				needsAttention |= check;
				if (check) {
					out.println(file.getValue());
				} else {
					OutputFolder.open(file.getKey().getParent()).writeString(file.getKey().getFileName().toString(),
							formatted);
					if (!quiet) {
						out.println("formatted " + file.getValue());
					}
				}
			}
			out.flush();
			return needsAttention ? PlanCli.PLAN_ERRORS : PlanCli.OK;
		} catch (PlanInputException e) {
			err.println("plan: " + e.getMessage());
			return PlanCli.USAGE;
		} catch (IOException e) {
			err.println("plan: cannot write: " + e.getMessage() + "; the file is left as it was");
			return PlanCli.USAGE;
		}
	}
}
