package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

import plan.dsl.benchmarks.SyntheticPlans;
import plan.dsl.ide.contentassist.PlanContentAssistContextFactory;

/**
 * {@link PlanContentAssistContextFactory} parses only the plan's header and the section the cursor is in; at
 * every offset of every corpus plan (and of a synthetic one, also with a half-typed keyword in a project) it
 * must compute the same completion contexts as Xtext's factory, which parses all the text before the cursor.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class CorpusContentAssistContextTest {

	@Inject
	private Injector injector;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@TestFactory
	Stream<DynamicTest> sameContextsAtEveryOffset() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		int file = 0;
		for (Path root : List.of(CorpusFiles.bundledExamples(), CorpusFiles.sharedExamples())) {
			if (Files.isDirectory(root)) {
				for (Path folder : CorpusFiles.foldersWithPlans(root)) {
					for (Path plan : CorpusFiles.plansIn(folder)) {
						// every third offset, a different third per file, for time
						int phase = file++ % 3;
						String text = Files.readString(plan, StandardCharsets.UTF_8);
						tests.add(dynamicTest(CorpusFiles.repoRoot().relativize(plan).toString(),
								() -> compare(load(text), offset -> offset % 3 == phase, text.length() > 400)));
					}
				}
			}
		}
		// the benchmark's situation: a keystroke taken in place (the section re-parsed), then completion
		String synthetic = SyntheticPlans.generate(12).replace("\n    language zh\n", "\n    language en\n");
		int header = synthetic.indexOf("\n    project ", synthetic.length() / 2);
		int lineEnd = synthetic.indexOf('\n', header + 1);
		for (String typed : List.of("", "\n        ow", "\n        owner ", "\n        owner \"")) {
			tests.add(dynamicTest("synthetic plan" + (typed.isEmpty() ? "" : " typing '" + typed.strip() + "'"), () -> {
				XtextResource resource = load(synthetic);
				for (int i = 0; i < typed.length(); i++) {
					resource.update(lineEnd + i, 0, typed.substring(i, i + 1));
				}
				// every offset near the typing, every fifth elsewhere; an open string runs past the project, so
				// that text is not re-parsed in place and then not cut either
				compare(resource, offset -> Math.abs(offset - lineEnd) < 500 || offset % 5 == 0, !typed.endsWith("\""));
			}));
		}
		return tests.stream();
	}

	private XtextResource load(String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("completed.plan"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private void compare(XtextResource resource, IntPredicate atOffset, boolean cutExpected) {
		assertEquals(PlanContentAssistContextFactory.class, injector.getInstance(ContentAssistContextFactory.class).getClass());
		String text = resource.getParseResult().getRootNode().getText();
		ContentAssistContextFactory xtext = new ContentAssistContextFactory();
		injector.injectMembers(xtext);
		xtext.setPool(pool);
		int cuts = 0;
		for (int offset = 0; offset <= text.length(); offset++) {
			if (!atOffset.test(offset)) {
				continue;
			}
			Counting plan = new Counting();
			injector.injectMembers(plan);
			plan.setPool(pool);
			String expected = dump(xtext.create(text, new TextRegion(offset, 0), offset, resource));
			String actual = dump(plan.create(text, new TextRegion(offset, 0), offset, resource));
			assertEquals(expected, actual, "at offset " + offset);
			cuts += plan.cuts;
		}
		assertTrue(cuts > 0 || !cutExpected, "the text before the section was never cut out");
	}

	/** Counts the parses given less than the whole text before the cursor. */
	private static final class Counting extends PlanContentAssistContextFactory {

		int cuts;

		@Override
		protected String getInputToParse(String completeInput, int offset) {
			String input = super.getInputToParse(completeInput, offset);
			if (input.length() < offset) {
				cuts++;
			}
			return input;
		}
	}

	/** The contexts, sorted (Xtext computes them in parallel), each with everything proposals are made from. */
	private static String dump(ContentAssistContext[] contexts) {
		return Arrays.stream(contexts).map(context -> String.join(" | ", context.getPrefix(),
				String.valueOf(context.getOffset()), String.valueOf(context.getReplaceRegion()), context.getSelectedText(),
				model(context.getRootModel()), model(context.getCurrentModel()), model(context.getPreviousModel()),
				node(context.getCurrentNode()), node(context.getLastCompleteNode()),
				context.getFirstSetGrammarElements().stream().map(element -> EcoreUtil.getURI(element).fragment())
						.collect(Collectors.joining(","))))
				.sorted().collect(Collectors.joining("\n"));
	}

	private static String model(EObject object) {
		return object == null ? "-" : object.eClass().getName() + " " + EcoreUtil.getURI(object).fragment();
	}

	private static String node(INode node) {
		return node == null ? "-" : node.getTotalOffset() + "+" + node.getTotalLength();
	}
}
