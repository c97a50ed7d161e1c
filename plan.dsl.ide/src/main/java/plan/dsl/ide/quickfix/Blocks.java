package plan.dsl.ide.quickfix;

import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Offsets of a block element's text ({@code plan}, {@code goal}, {@code team} …), read from the node model. */
final class Blocks {

	private Blocks() {
	}

	/** Offset of the element's first token (comments before it excluded). */
	static int start(EObject element) {
		return NodeModelUtils.getNode(element).getOffset();
	}

	/** Offset of the brace opening the element's block, if it has one. */
	static OptionalInt openingBrace(EObject element) {
		for (ILeafNode leaf : NodeModelUtils.getNode(element).getLeafNodes()) {
			if (isBrace(leaf, "{")) {
				return OptionalInt.of(leaf.getOffset());
			}
		}
		return OptionalInt.empty();
	}

	/** Offset of the brace closing the element's block; empty while the block is unterminated. */
	static OptionalInt closingBrace(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last != null && isBrace(last, "}") ? OptionalInt.of(last.getOffset()) : OptionalInt.empty();
	}

	/** The first token of the text of {@code feature} (e.g. the number of {@code 50 %}), if it is written. */
	static Optional<ILeafNode> valueToken(EObject element, EStructuralFeature feature) {
		for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					return Optional.of(leaf);
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isBrace(ILeafNode leaf, String brace) {
		return !leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword
				&& brace.equals(keyword.getValue());
	}
}
