package plan.dsl.formatting2;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.formatting2.regionaccess.internal.NodeModelBasedRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import plan.dsl.services.PlanGrammarAccess;

/**
 * The regions the formatter works on, with comments told from whitespace by the terminal rule that matched rather
 * than by the characters: Xtext calls any hidden text holding a character outside {@link Character#isWhitespace} a
 * comment, so whitespace with a byte order mark in it (the grammar's WS accepts one anywhere) was kept as a
 * "comment" and got a space added on each side at every formatting.
 */
public class PlanRegionAccessBuilder extends TextRegionAccessBuilder {

	@Inject
	private PlanGrammarAccess grammar;

	private NodeModelBasedRegionAccessBuilder fromNodeModel;

	@Override
	public TextRegionAccessBuilder forNodeModel(XtextResource resource) {
		fromNodeModel = new WhitespaceByRule(grammar.getWSRule()).withResource(resource);
		return this;
	}

	@Override
	public ITextRegionAccess create() {
		return fromNodeModel != null ? fromNodeModel.create() : super.create();
	}

	private static final class WhitespaceByRule extends NodeModelBasedRegionAccessBuilder {

		private final TerminalRule whitespace;

		WhitespaceByRule(TerminalRule whitespace) {
			this.whitespace = whitespace;
		}

		@Override
		protected boolean isComment(ILeafNode leaf) {
			return leaf.getGrammarElement() != whitespace && super.isComment(leaf);
		}
	}
}
