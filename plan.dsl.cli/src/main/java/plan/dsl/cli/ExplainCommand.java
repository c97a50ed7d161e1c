package plan.dsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.validation.PlanIssueCodes;

/** {@code plan explain CODE}: what a diagnostic code means, how to fix it, and an example. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = PlanVersion.class,
		description = "Explain a diagnostic code (e.g. smart.specific): what it means, how to fix it, an example.")
public class ExplainCommand implements Callable<Integer> {

	enum Lang {
		zh, en, all
	}

	private static final List<String> PARTS = List.of("what", "fix", "example");

	@Spec
	CommandSpec spec;

	@Option(names = "--lang", defaultValue = "zh", description = "zh (default), en, or all for both")
	Lang lang;

	@Parameters(index = "0", paramLabel = "CODE", description = "a diagnostic code, as printed by plan validate")
	String code;

	@Override
	public Integer call() {
		if (!PlanIssueCodes.ALL.contains(code)) {
			spec.commandLine().getErr().println("plan: unknown code '" + code + "'; known codes: "
					+ String.join(", ", PlanIssueCodes.ALL));
			return PlanCli.USAGE;
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println(code);
		if (lang != Lang.en) {
			print(out, PlanMessages.of(DocLanguage.ZH));
		}
		if (lang != Lang.zh) {
			print(out, PlanMessages.of(DocLanguage.EN));
		}
		return PlanCli.OK;
	}

	private void print(PrintWriter out, PlanMessages messages) {
		for (String part : PARTS) {
			out.println("  " + messages.get("cli.explain.label." + part) + ": "
					+ messages.get("cli.explain." + code + "." + part));
		}
	}
}
