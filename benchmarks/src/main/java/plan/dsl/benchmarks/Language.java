package plan.dsl.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import plan.dsl.PlanStandaloneSetup;
import plan.dsl.plan.Plan;

/**
 * The language as the command line uses it: one injector per JVM, plans loaded into a fresh resource set,
 * linked and validated with {@link CheckMode#ALL}, as {@code plan.dsl.headless.PlanWorkspace} does.
 */
public final class Language {

	private static Injector injector;

	private Language() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Parses {@code text} into a new resource set and resolves every cross-reference. */
	public static XtextResource load(String text) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("synthetic.plan"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	public static List<Issue> validate(XtextResource resource) {
		return injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** Loads and validates {@code text}, failing on any error: a benchmark of a broken plan measures nothing. */
	public static Plan loadValid(String text) {
		XtextResource resource = load(text);
		List<Issue> errors = validate(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.size() + " errors in the synthetic plan, first: " + errors.get(0));
		}
		return (Plan) resource.getContents().get(0);
	}
}
