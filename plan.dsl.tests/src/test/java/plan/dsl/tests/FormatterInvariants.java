package plan.dsl.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.util.ParseHelper;

import com.google.inject.Inject;

import plan.dsl.plan.Plan;
import plan.dsl.services.PlanGrammarAccess;

/**
 * What formatting must keep, read off a text: its model, its comments and its tokens. Shared by the corpus test and
 * the formatter's fuzz target, so both hold the formatter to the same promise.
 */
class FormatterInvariants {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanGrammarAccess grammar;

	/** Whether the text parses without syntax errors (the formatter leaves other texts as they are). */
	boolean parsesCleanly(String text) throws Exception {
		Plan plan = parser.parse(text);
		return plan != null && plan.eResource().getErrors().isEmpty();
	}

	/** The linked model as text ({@link FormatterModelDump}); the text must parse cleanly. */
	String model(String text) throws Exception {
		Plan plan = parser.parse(text);
		if (!plan.eResource().getErrors().isEmpty()) {
			throw new AssertionError("syntax errors: " + plan.eResource().getErrors());
		}
		EcoreUtil.resolveAll(plan.eResource());
		return FormatterModelDump.of(plan);
	}

	/** Comment texts in order, without the line break that ends a {@code //} comment. */
	List<String> comments(String text) throws Exception {
		return leaves(text).stream()
				.filter(leaf -> leaf.getGrammarElement() == grammar.getSL_COMMENTRule()
						|| leaf.getGrammarElement() == grammar.getML_COMMENTRule())
				.map(leaf -> leaf.getText().stripTrailing()).toList();
	}

	/** The visible tokens in order: the same when only whitespace changed. */
	List<String> tokens(String text) throws Exception {
		return leaves(text).stream().filter(leaf -> !leaf.isHidden()).map(ILeafNode::getText).toList();
	}

	/** The text with every whitespace token replaced: the same tokens and comments in a different layout. */
	String relaid(String text, String whitespace) throws Exception {
		StringBuilder out = new StringBuilder();
		for (ILeafNode leaf : leaves(text)) {
			out.append(leaf.getGrammarElement() == grammar.getWSRule() ? whitespace : leaf.getText());
		}
		return out.toString();
	}

	private List<ILeafNode> leaves(String text) throws Exception {
		XtextResource resource = (XtextResource) parser.parse(text).eResource();
		List<ILeafNode> leaves = new ArrayList<>();
		resource.getParseResult().getRootNode().getLeafNodes().forEach(leaves::add);
		return leaves;
	}
}
