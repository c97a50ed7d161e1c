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
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import plan.dsl.benchmarks.SyntheticPlans;
import plan.dsl.parser.PlanPartialParsingHelper;

/**
 * An open file is re-parsed in place after each edit ({@code XtextResource.update}; see
 * {@link PlanPartialParsingHelper}, which re-parses only the section edited, also while it has a syntax error).
 * After every edit of a random walk over each corpus plan — half-typed keywords, stray quotes and braces,
 * deleted and duplicated text, and the keystrokes of the language server benchmark — the node model, the model
 * and the diagnostics must be exactly those of a fresh parse of the same text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CorpusIncrementalParseTest {

	private static final String[] SNIPPETS = { "o", "ow", "owner ", "\n        owner ", "\"", "{", "}", " ", "x1", "\n",
			"// c\n", "/*", "*/", "project Q9 \"q\" {\n    }\n", "2026-", "%", ",", "status ", "goal ", "person ", "team {",
			"from 2026-01-01 to 2026-02-01", "项目", "负责人 ", "\"t\"", "featured", "after ", "9" };

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private int sectionReparses;

	@TestFactory
	Stream<DynamicTest> randomEditsOfEveryCorpusPlan() throws IOException {
		List<Path> plans = new ArrayList<>();
		for (Path root : List.of(CorpusFiles.bundledExamples(), CorpusFiles.sharedExamples())) {
			if (Files.isDirectory(root)) {
				for (Path folder : CorpusFiles.foldersWithPlans(root)) {
					plans.addAll(CorpusFiles.plansIn(folder));
				}
			}
		}
		assertTrue(!plans.isEmpty(), "no corpus plans found");
		return plans.stream().map(plan -> dynamicTest(CorpusFiles.repoRoot().relativize(plan).toString(),
				() -> randomWalk(Files.readString(plan, StandardCharsets.UTF_8), plan.getFileName().toString().hashCode())));
	}

	/** The benchmark's typing in a synthetic plan: most keystrokes leave a syntax error in one project. */
	@Test
	void typingAnOwnerIntoAProjectOfALargePlan() throws IOException {
		String text = SyntheticPlans.generate(40).replace("\n    language zh\n", "\n    language en\n");
		XtextResource resource = load(text);
		int header = text.indexOf("\n    project ", text.length() / 2);
		int lineEnd = text.indexOf('\n', header + 1);
		sectionReparses = 0;
		for (int cycle = 0; cycle < 3; cycle++) {
			String typed = "\n        owner " + (cycle == 1 ? "Nobody" : "");
			for (int i = 1; i <= typed.length(); i++) {
				edit(resource, lineEnd + i - 1, 0, typed.substring(i - 1, i));
			}
			edit(resource, lineEnd, typed.length(), "");
		}
		assertEquals(16 + 22 + 16, sectionReparses, "every keystroke re-parses only its project");
	}

	/**
	 * Rounds of edits inside one top-level section at a time (where the section re-parse applies), each round
	 * ending with the original text again, then a walk of edits anywhere (where it mostly must not).
	 */
	private void randomWalk(String original, long seed) throws IOException {
		Random random = new Random(seed);
		XtextResource resource = load(original);
		sectionReparses = 0;
		int edits = 0;
		for (int round = 0; round < 12; round++) {
			List<INode> sections = new ArrayList<>();
			resource.getParseResult().getRootNode().getChildren().forEach(child -> {
				if (child instanceof ICompositeNode composite && composite.hasDirectSemanticElement()) {
					sections.add(composite);
				}
			});
			if (sections.isEmpty()) {
				break;
			}
			INode section = sections.get(random.nextInt(sections.size()));
			int start = section.getTotalOffset();
			int end = section.getTotalEndOffset();
			for (int step = 0; step < 6 && end > start; step++) {
				int offset = start + random.nextInt(end - start);
				int length = random.nextInt(3) == 0 ? Math.min(random.nextInt(12), end - offset) : 0;
				String insert = randomText(random, resource);
				edit(resource, offset, length, insert);
				end += insert.length() - length;
				edits++;
			}
			edit(resource, 0, resource.getParseResult().getRootNode().getTotalLength(), original);
		}
		for (int step = 0; step < 20; step++) {
			String text = resource.getParseResult().getRootNode().getText();
			int offset = random.nextInt(text.length() + 1);
			int length = random.nextInt(4) == 0 ? Math.min(random.nextInt(16), text.length() - offset) : 0;
			edit(resource, offset, length, randomText(random, resource));
			edits++;
		}
		assertTrue(sectionReparses > 0, "no edit re-parsed only its section");
	}

	/** A snippet, nothing (a deletion), or a piece of the text itself (a paste). */
	private static String randomText(Random random, XtextResource resource) {
		String text = resource.getParseResult().getRootNode().getText();
		int kind = random.nextInt(8);
		if (kind == 0) {
			return "";
		}
		if (kind == 1 && !text.isEmpty()) {
			int from = random.nextInt(text.length());
			return text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(60)));
		}
		return SNIPPETS[random.nextInt(SNIPPETS.length)];
	}

	/** Applies one edit in place and compares everything with a fresh parse of the resulting text. */
	private void edit(XtextResource resource, int offset, int length, String text) throws IOException {
		String before = resource.getParseResult().getRootNode().getText();
		String expectedText = before.substring(0, offset) + text + before.substring(offset + length);
		resource.update(offset, length, text);
		if (resource.getParseResult().getClass().getSimpleName().equals("SectionParseResult")) {
			sectionReparses++;
		}
		String where = "after replacing [" + offset + ", " + (offset + length) + ") with '" + text + "'";
		assertEquals(expectedText, resource.getParseResult().getRootNode().getText(), where);
		XtextResource fresh = load(expectedText);
		assertEquals(fresh.getParseResult().hasSyntaxErrors(), resource.getParseResult().hasSyntaxErrors(), where);
		assertEquals(nodes(fresh.getParseResult().getRootNode()), nodes(resource.getParseResult().getRootNode()), where);
		assertEquals(issues(fresh), issues(resource), where);
		assertEquals(model(fresh), model(resource), where);
	}

	private XtextResource load(String text) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("edited.plan"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private List<String> issues(XtextResource resource) {
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		return issues.stream().map(issue -> issue.getSeverity() + " " + issue.getCode() + " " + issue.getOffset() + "+"
				+ issue.getLength() + " " + issue.getMessage()).sorted().toList();
	}

	/** The model with every reference resolved; unresolved ones without their (index-based) proxy fragments. */
	private static String model(XtextResource resource) {
		if (resource.getContents().isEmpty()) {
			return "(empty)";
		}
		EObject root = resource.getContents().get(0);
		EcoreUtil.resolveAll(resource);
		return ModelDump.of(root).replaceAll("unresolved \\S+", "unresolved");
	}

	/** Every node: its kind, grammar element, extent, lookahead, text of leaves, syntax error, model object. */
	static String nodes(ICompositeNode root) {
		StringBuilder out = new StringBuilder();
		for (INode node : root.getAsTreeIterable()) {
			int depth = 0;
			for (INode parent = node.getParent(); parent != null; parent = parent.getParent()) {
				depth++;
			}
			out.append("  ".repeat(depth));
			if (node instanceof ILeafNode leaf) {
				out.append(leaf.isHidden() ? "hidden " : "leaf ");
			} else {
				ICompositeNode composite = (ICompositeNode) node;
				out.append("composite la=").append(composite.getLookAhead()).append(' ');
				if (composite.hasDirectSemanticElement()) {
					out.append(composite.getSemanticElement().eClass().getName()).append(' ');
				}
			}
			out.append(node.getGrammarElement() == null ? "-" : EcoreUtil.getURI(node.getGrammarElement()).fragment())
					.append(' ').append(node.getTotalOffset()).append('+').append(node.getTotalLength());
			if (node instanceof ILeafNode) {
				out.append(" '").append(node.getText().replace("\n", "\\n")).append('\'');
			}
			if (node.getSyntaxErrorMessage() != null) {
				out.append(" ! ").append(node.getSyntaxErrorMessage().getMessage());
			}
			out.append('\n');
		}
		return out.toString();
	}
}
