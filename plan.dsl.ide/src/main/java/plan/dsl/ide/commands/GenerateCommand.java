package plan.dsl.ide.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.generator.dashboard.OpenProblems;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.headless.PlanInputException;
import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/**
 * {@code workspace/executeCommand plan.generate [documentUri, outputFolder, options?]}: writes the outputs of
 * the plan in the document (as the editor holds it, unsaved changes included) into the folder and answers the
 * absolute paths written. The folder is a path or a {@code file:} URI; a relative path is taken from the
 * document's folder. {@code options} may name {@code formats} (default: all of {@link PlanOutputs}),
 * {@code asof} (yyyy-MM-dd) and {@code force}. As on the command line, a plan with errors is refused unless
 * forced, and files are written atomically, only inside the folder. The dashboard lists the diagnostics
 * found here, so generating validates once.
 */
public class GenerateCommand implements IExecutableCommandService {

	public static final String ID = "plan.generate";

	@Inject
	private PlanFactsProvider factsProvider;

	@Inject
	private IResourceValidator validator;

	@Override
	public List<String> initialize() {
		return List.of(ID);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		if (!ID.equals(params.getCommand())) {
			return null;
		}
		GenerateArguments arguments = GenerateArguments.of(params.getArguments());
		Plan plan;
		XtextResource resource;
		try {
			resource = access.doSyncRead(arguments.documentUri(), context -> (XtextResource) context.getResource());
		} catch (RuntimeException unknown) {
			throw failure(ResponseErrorCode.InvalidParams, "No plan is open or known at " + arguments.documentUri());
		}
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plan root)) {
			throw failure(ResponseErrorCode.InvalidParams, "No plan in " + arguments.documentUri());
		}
		plan = root;
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancelIndicator).stream()
				.filter(issue -> issue.getSeverity() != Severity.IGNORE).toList();
		long errors = issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).count();
		if (errors > 0 && !arguments.force()) {
			throw failure(ResponseErrorCode.RequestFailed, "Not generating " + plan.getName() + ": it has " + errors
					+ (errors == 1 ? " error" : " errors") + "; fix them, or pass {\"force\": true}");
		}
		List<OpenProblem> problems = issues.stream().map(GenerateCommand::problem).toList();
		return write(plan, folder(arguments, resource), arguments, facts -> problems);
	}

	/** A diagnostic as the dashboard lists it, with the codes every front end shows. */
	private static OpenProblem problem(Issue issue) {
		String severity = issue.getSeverity() == Severity.ERROR ? "error"
				: issue.getSeverity() == Severity.WARNING ? "warning" : "info";
		String code = issue.isSyntaxError() || issue.getCode() == null ? PlanIssueCodes.SYNTAX_ERROR : issue.getCode();
		return new OpenProblem(issue.getLineNumber() == null ? 1 : issue.getLineNumber(), severity, code,
				issue.getMessage());
	}

	private List<String> write(Plan plan, Path folder, GenerateArguments arguments, OpenProblems problems) {
		try {
			LocalDate asOf = arguments.asOf() == null ? null : LocalDate.parse(arguments.asOf());
			PlanFacts facts = factsProvider.get(plan, asOf);
			OutputFolder out = OutputFolder.open(folder);
			List<String> written = new ArrayList<>();
			for (PlanOutput output : outputs(arguments.formats(), problems)) {
				output.write(facts, out).forEach(file -> written.add(file.toString()));
			}
			return written;
		} catch (DateTimeParseException e) {
			throw failure(ResponseErrorCode.InvalidParams, "asof '" + arguments.asOf() + "' is not a date; write yyyy-MM-dd");
		} catch (PlanInputException e) {
			throw failure(ResponseErrorCode.RequestFailed, e.getMessage());
		} catch (IOException e) {
			throw failure(ResponseErrorCode.RequestFailed,
					"Cannot write into " + folder + ": " + e.getMessage() + "; earlier outputs are left as they were");
		}
	}

	private static List<PlanOutput> outputs(List<String> formats, OpenProblems problems) {
		if (formats.isEmpty()) {
			return PlanOutputs.all(problems);
		}
		return formats.stream().map(format -> PlanOutputs.byFormat(format, problems).orElseThrow(() -> failure(
				ResponseErrorCode.InvalidParams,
				"Unknown format '" + format + "'; choose from " + String.join(",", PlanOutputs.formats())))).toList();
	}

	private static Path folder(GenerateArguments arguments, Resource resource) {
		String folder = arguments.outputFolder();
		try {
			Path path = folder.startsWith("file:") ? Paths.get(java.net.URI.create(folder)) : Path.of(folder);
			if (!path.isAbsolute() && resource.getURI().isFile()) {
				path = Path.of(resource.getURI().toFileString()).resolveSibling(path);
			}
			return path;
		} catch (IllegalArgumentException e) {
			throw failure(ResponseErrorCode.InvalidParams, "'" + folder + "' is not a folder path or file URI");
		}
	}

	static ResponseErrorException failure(ResponseErrorCode code, String message) {
		return new ResponseErrorException(new ResponseError(code, message, null));
	}
}
