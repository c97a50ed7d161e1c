package plan.dsl.cli;

import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code plan} command line. Exit codes: 0 no errors, 1 errors in the plans, 2 usage or I/O problems.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = PlanVersion.class,
		description = "Validate and publish .plan files.",
		subcommands = { ValidateCommand.class, GenerateCommand.class, FormatCommand.class, NewCommand.class, ExplainCommand.class,
				CommandLine.HelpCommand.class })
public class PlanCli implements Runnable {

	public static final int OK = 0;
	public static final int PLAN_ERRORS = 1;
	public static final int USAGE = 2;

	/** Subcommands that load plans, and so need the language's injector. */
	private static final Set<String> NEED_THE_LANGUAGE = Set.of("validate", "generate", "format");

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say what to do, e.g. plan validate FILE.plan");
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs the command line and returns its exit code (tests call this without exiting the JVM). */
	public static int run(String... args) {
		if (args.length > 0 && NEED_THE_LANGUAGE.contains(args[0])) {
			Languages.prepareInBackground(); // overlaps the injector's set-up with picocli's
		}
		CommandLine commandLine = new CommandLine(new PlanCli());
		commandLine.setExitCodeExceptionMapper(e -> USAGE);
		commandLine.setParameterExceptionHandler((e, arguments) -> {
			e.getCommandLine().getErr().println("plan: " + e.getMessage());
			e.getCommandLine().getErr().println("Try 'plan " + (e.getCommandLine() == commandLine ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
			return USAGE;
		});
		commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
			// an unexpected failure is a bug of ours: say so in one line, keep the trace for --debug-style use
			cl.getErr().println("plan: internal error: " + e + " (please report this)");
			return USAGE;
		});
		try {
			return commandLine.execute(args);
		} catch (OutOfMemoryError e) {
			// the plans' text is more than this Java may hold: a user's limit, not a bug, so no stack trace
			commandLine.getErr().println("plan: not enough memory for these plans; give Java more, e.g. "
					+ "JAVA_TOOL_OPTIONS=-Xmx4g, or check fewer files at once");
			commandLine.getErr().flush();
			return USAGE;
		}
	}
}
