package plan.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import plan.dsl.tests.ExpectedDiagnostics.Diagnostic;

/**
 * The plans of one folder loaded into one resource set, as a workspace holds them, so references between
 * its files resolve; each file is read as UTF-8 whatever the platform's default.
 */
final class CorpusFolder {

	private final Map<Path, XtextResource> resources = new LinkedHashMap<>();

	static CorpusFolder load(Path folder, XtextResourceSet resourceSet) throws IOException {
		CorpusFolder loaded = new CorpusFolder();
		for (Path file : CorpusFiles.plansIn(folder)) {
			loaded.resources.put(file, read(file, resourceSet));
		}
		EcoreUtil.resolveAll(resourceSet);
		return loaded;
	}

	/** Loads one file into {@code resourceSet} without resolving its references yet. */
	static XtextResource read(Path file, XtextResourceSet resourceSet) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.load(new ByteArrayInputStream(Files.readAllBytes(file)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return resource;
	}

	List<Path> files() {
		return List.copyOf(resources.keySet());
	}

	XtextResource resource(Path file) {
		return resources.get(file);
	}

	/** Syntax errors of a file, one line each, for a failure message. */
	static List<String> syntaxErrors(XtextResource resource) {
		List<String> errors = new ArrayList<>();
		for (INode node : resource.getParseResult().getSyntaxErrors()) {
			errors.add("line " + node.getStartLine() + ": " + node.getSyntaxErrorMessage().getMessage());
		}
		return errors;
	}

	/** Everything the real validator reports on a file (syntax, linking and all checks), as corpus diagnostics. */
	static List<Diagnostic> diagnostics(IResourceValidator validator, XtextResource resource) {
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			String severity = label(issue.getSeverity());
			if (severity != null) {
				diagnostics.add(new Diagnostic(issue.getLineNumber() == null ? 0 : issue.getLineNumber(), severity,
						code(issue), issue.getMessage()));
			}
		}
		return diagnostics;
	}

	private static String label(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "info";
		case IGNORE -> null;
		};
	}

	/** Syntax errors carry parser-internal codes; every front end shows them as {@code syntax.error}. */
	private static String code(Issue issue) {
		if (issue.isSyntaxError()) {
			return "syntax.error";
		}
		return issue.getCode() == null ? "(no code)" : issue.getCode();
	}
}
