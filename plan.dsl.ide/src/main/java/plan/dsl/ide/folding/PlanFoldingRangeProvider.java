package plan.dsl.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Folds every block ({@code goal G1 "…" { … }}, sections, the plan) from its first line to its last line of
 * content, so the closing brace stays visible as in code editors; and runs of {@code //} comment lines, such
 * as a plan's header, besides Xtext's {@code /* … *}{@code /} comments. Elements without braces (a measure,
 * a one-line phase) never fold.
 */
public class PlanFoldingRangeProvider extends DefaultFoldingRangeProvider {

	private static final String LINE_COMMENT = "SL_COMMENT";

	@Override
	protected boolean isHandled(EObject element) {
		return lastContentBeforeBrace(NodeModelUtils.getNode(element)) != null;
	}

	@Override
	protected void acceptObjectFolding(EObject element, IFoldingRangeAcceptor acceptor) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		ILeafNode lastContent = lastContentBeforeBrace(node);
		if (lastContent != null) {
			int start = node.getOffset();
			acceptor.accept(start, lastContent.getEndOffset() - start);
		}
	}

	@Override
	protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
		super.computeCommentFolding(resource, acceptor);
		if (resource.getParseResult() == null) {
			return;
		}
		ILeafNode first = null;
		ILeafNode last = null;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (isLineComment(leaf)) {
				if (first == null) {
					first = leaf;
				}
				last = leaf;
			} else if (!leaf.isHidden() || !leaf.getText().isBlank() || leaf.getText().indexOf('\n') >= 0) {
				// code, another comment, or an empty line (a line comment holds its own line break) ends a run
				acceptRun(first, last, acceptor);
				first = null;
				last = null;
			}
		}
		acceptRun(first, last, acceptor);
	}

	private static void acceptRun(ILeafNode first, ILeafNode last, IFoldingRangeAcceptor acceptor) {
		if (first != null && last != first) {
			// a line comment ends with its line break; the run ends on the last comment's line
			String text = last.getText();
			int end = last.getEndOffset() - (text.endsWith("\r\n") ? 2 : text.endsWith("\n") || text.endsWith("\r") ? 1 : 0);
			acceptor.accept(first.getOffset(), end - first.getOffset(), FoldingRangeKind.COMMENT);
		}
	}

	private static boolean isLineComment(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof TerminalRule rule && LINE_COMMENT.equals(rule.getName());
	}

	/**
	 * The last token before the element's closing brace, or {@code null} when the element does not end with
	 * a brace. One pass over the element's own tokens: plans may hold thousands of blocks.
	 */
	private static ILeafNode lastContentBeforeBrace(ICompositeNode node) {
		if (node == null) {
			return null;
		}
		ILeafNode last = null;
		ILeafNode beforeLast = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				beforeLast = last;
				last = leaf;
			}
		}
		boolean brace = last != null && last.getGrammarElement() instanceof Keyword keyword
				&& "}".equals(keyword.getValue()) && !last.getText().isEmpty();
		return brace ? beforeLast : null;
	}
}
