package plan.dsl.headless;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/**
 * The plan files given to one headless run, loaded into one resource set so that references across files
 * (e.g. {@code supports OtherPlan.G1}) resolve, then validated. Used by the command line and the Maven plugin.
 */
public class PlanWorkspace {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceValidator validator;

	private XtextResourceSet resourceSet;
	private final Map<XtextResource, String> shownAs = new LinkedHashMap<>();

	/** Loads every file; a file that cannot be read as UTF-8 text stops the run with a clear message. */
	public void load(Map<Path, String> files) throws PlanInputException {
		resourceSet = resourceSetProvider.get();
		for (Map.Entry<Path, String> file : files.entrySet()) {
			String text = PlanSourceReader.read(file.getKey(), file.getValue());
			XtextResource resource = (XtextResource) resourceSet
					.createResource(URI.createFileURI(file.getKey().toString()));
			try {
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				throw new PlanInputException(file.getValue() + ": cannot be parsed (" + e.getMessage() + ")");
			}
			shownAs.put(resource, file.getValue());
		}
		EcoreUtil.resolveAll(resourceSet);
	}

	/** All diagnostics of all files, sorted by file, line and column. */
	public List<PlanDiagnostic> validate() {
		return validate(filesDone -> {
		});
	}

	/**
	 * All diagnostics of all files, sorted by file, line and column; {@code filesDone} hears how many files are
	 * validated after each one (validation is the long step of a large run, so that is where progress shows).
	 */
	public List<PlanDiagnostic> validate(IntConsumer filesDone) {
		List<PlanDiagnostic> diagnostics = new ArrayList<>();
		int done = 0;
		for (Map.Entry<XtextResource, String> entry : shownAs.entrySet()) {
			for (Issue issue : validator.validate(entry.getKey(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				diagnostics.add(toDiagnostic(entry.getValue(), issue));
			}
			filesDone.accept(++done);
		}
		diagnostics.sort(PlanDiagnostic.ORDER);
		return diagnostics;
	}

	/** The plans in load order with the path each is shown under. */
	public Map<Plan, String> plans() {
		Map<Plan, String> plans = new LinkedHashMap<>();
		shownAs.forEach((resource, name) -> {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Plan plan) {
				plans.put(plan, name);
			}
		});
		return plans;
	}

	private static PlanDiagnostic toDiagnostic(String file, Issue issue) {
		PlanDiagnostic.Severity severity = switch (issue.getSeverity() == null ? Severity.ERROR : issue.getSeverity()) {
			case ERROR -> PlanDiagnostic.Severity.ERROR;
			case WARNING -> PlanDiagnostic.Severity.WARNING;
			default -> PlanDiagnostic.Severity.INFO;
		};
		String code = issue.getCode() == null || issue.isSyntaxError() ? syntaxCode(issue) : issue.getCode();
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new PlanDiagnostic(file, line, column, severity, code, issue.getMessage());
	}

	/** Syntax errors carry Xtext-internal codes; users and tools see one stable code for them. */
	private static String syntaxCode(Issue issue) {
		return issue.isSyntaxError() ? PlanIssueCodes.SYNTAX_ERROR : String.valueOf(issue.getCode());
	}
}
