package plan.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.PlanKind;

/** {@code plan new --kind KIND NAME}: writes {@code NAME.plan}, a skeleton to fill in; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = PlanVersion.class,
		description = "Write NAME.plan: every section the kind requires, with placeholders to fill in.")
public class NewCommand implements Callable<Integer> {

	enum Kind {
		activity, annual, project
	}

	enum Lang {
		zh, en
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--kind", required = true, description = "activity, annual or project")
	Kind kind;

	@Option(names = "--lang", defaultValue = "zh", description = "keywords and placeholders: zh (default) or en")
	Lang lang;

	@Parameters(index = "0", paramLabel = "NAME", description = "the plan's name; the file is NAME.plan")
	String name;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (PlanSkeleton.identifier(name).isEmpty()) {
			err.println("plan: " + name + ": not a plan name; use letters, digits and _, starting with a letter");
			return PlanCli.USAGE;
		}
		Path file = Path.of(name + ".plan");
		String text = PlanSkeleton.text(name, PlanKind.get(kind.name()), DocLanguage.get(lang.name()), LocalDate.now());
		try {
			// CREATE_NEW makes the existence check and the write one step: no window to overwrite a file
			Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
		} catch (FileAlreadyExistsException e) {
			err.println("plan: " + file + ": already exists; choose another name or move the file away");
			return PlanCli.USAGE;
		} catch (IOException e) {
			err.println("plan: " + file + ": cannot write (" + e.getMessage() + ")");
			return PlanCli.USAGE;
		}
		spec.commandLine().getOut().println(file);
		return PlanCli.OK;
	}
}
