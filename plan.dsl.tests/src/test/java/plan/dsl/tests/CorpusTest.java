package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import plan.dsl.plan.Plan;
import plan.dsl.tests.ExpectedDiagnostics.Diagnostic;

/**
 * Every plan of the shared acceptance corpus and of the bundled {@code examples/} parses and produces the
 * diagnostics its annotations name. Per folder, all files share one resource set, as in a workspace.
 * <ul>
 * <li>files under {@code invalid/}: each {@code // expect:} must be reported on its line; more may appear;</li>
 * <li>every other file: exactly the annotated diagnostics, so {@code // Expected: no diagnostics.} means none,
 * and {@code volunteer-week.plan} gets exactly its one {@code smart.relevant} warning.</li>
 * </ul>
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CorpusTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@TestFactory
	Stream<DynamicNode> sharedCorpus() throws IOException {
		Path root = CorpusFiles.sharedExamples();
		assumeTrue(Files.isDirectory(root), "shared corpus not present beside this clone: " + root);
		return testsUnder(root);
	}

	@TestFactory
	Stream<DynamicNode> bundledExamples() throws IOException {
		Path root = CorpusFiles.bundledExamples();
		assertTrue(Files.isDirectory(root), "the repository bundles examples in " + root);
		return testsUnder(root);
	}

	private Stream<DynamicNode> testsUnder(Path root) throws IOException {
		List<DynamicNode> files = new ArrayList<>();
		for (Path folder : CorpusFiles.foldersWithPlans(root)) {
			CorpusFolder loaded = CorpusFolder.load(folder, resourceSets.get());
			for (Path file : loaded.files()) {
				Path relative = root.relativize(file);
				XtextResource resource = loaded.resource(file);
				// no test source URI on the container: surefire drops dynamic tests under a file source
				files.add(dynamicContainer(relative.toString(),
						Stream.of(dynamicTest("parses", () -> assertParses(relative, resource)),
								dynamicTest("diagnostics as annotated", () -> assertAnnotated(file, relative, resource)))));
			}
		}
		assertFalse(files.isEmpty(), "no .plan files under " + root);
		return files.stream();
	}

	// surefire names dynamic tests by index only, so every message starts with the file
	private static void assertParses(Path relative, XtextResource resource) {
		List<String> errors = CorpusFolder.syntaxErrors(resource);
		assertTrue(errors.isEmpty(), () -> relative + ": syntax errors:\n  " + String.join("\n  ", errors));
		assertInstanceOf(Plan.class, resource.getContents().get(0), relative + ": a plan");
	}

	private void assertAnnotated(Path file, Path relative, XtextResource resource) throws IOException {
		ExpectedDiagnostics annotations = annotationsOf(file, relative);
		List<Diagnostic> reported = CorpusFolder.diagnostics(validator, resource);
		List<Diagnostic> missing = annotations.unmatched(reported);
		if (isInvalidExample(relative)) {
			assertFalse(annotations.expected().isEmpty(), relative + ": a file under invalid/ must annotate its faults");
			if (!missing.isEmpty()) {
				fail(relative + ": expected but not reported:\n" + ExpectedDiagnostics.describe(missing) + "\nreported:\n"
						+ ExpectedDiagnostics.describe(reported));
			}
			return;
		}
		List<Diagnostic> unexpected = annotations.unexpected(reported);
		if (!missing.isEmpty() || !unexpected.isEmpty()) {
			fail(relative + ": expected but not reported:\n" + ExpectedDiagnostics.describe(missing)
					+ "\nreported but not expected:\n" + ExpectedDiagnostics.describe(unexpected));
		}
	}

	private static ExpectedDiagnostics annotationsOf(Path file, Path relative) throws IOException {
		try {
			return ExpectedDiagnostics.parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (IllegalArgumentException e) {
			return fail(relative + ": " + e.getMessage());
		}
	}

	private static boolean isInvalidExample(Path relative) {
		for (Path segment : relative) {
			if (segment.toString().equals("invalid")) {
				return true;
			}
		}
		return false;
	}
}
