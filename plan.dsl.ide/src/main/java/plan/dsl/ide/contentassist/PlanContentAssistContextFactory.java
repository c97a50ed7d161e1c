package plan.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import plan.dsl.parser.PlanSections;
import plan.dsl.parser.SectionParseResult;

/**
 * Completion parses the text before the cursor with the content assist parser to learn what may come next;
 * Xtext gives it the whole text from the start of the file, half of a 10,000-line plan when typing in its
 * middle. Here it gets the plan's header ({@code plan X "…" {}) and then only the top-level section the cursor
 * is in, from its start: the body of a plan is a loop of sections whose parser state is the same at the start
 * of every section, so when the text before the section parses without error the parser reaches the cursor in
 * the same state and computes the same follow elements. Everywhere else (the cursor in the header, between
 * sections, on a section's first or last token; a syntax error before the section; a resource not in step with
 * the text) the whole prefix is parsed as before.
 */
public class PlanContentAssistContextFactory extends ContentAssistContextFactory {

	@Override
	protected String getInputToParse(String completeInput, int offset) {
		String input = super.getInputToParse(completeInput, offset);
		if (input.length() != offset || rootNode == null || parseResult == null) {
			return input;
		}
		int[] cut = cut(completeInput, offset);
		return cut == null ? input : input.substring(0, cut[0]) + input.substring(cut[1]);
	}

	/**
	 * The end of the plan's header and the start of the section the cursor at {@code offset} is in, when the
	 * text between them can be left out; {@code null} otherwise.
	 */
	private int[] cut(String completeInput, int offset) {
		if (rootNode.getTotalLength() != completeInput.length()
				|| !completeInput.regionMatches(0, rootNode.getText(), 0, offset)) {
			return null;
		}
		ILeafNode openingBrace = null;
		ICompositeNode section = null;
		for (INode child : rootNode.getChildren()) {
			if (openingBrace == null) {
				if (child instanceof ILeafNode leaf && !leaf.isHidden() && "{".equals(leaf.getText())) {
					openingBrace = leaf;
				}
			} else if (child.getTotalOffset() >= offset) {
				break;
			} else if (child instanceof ICompositeNode composite && offset <= composite.getTotalEndOffset()) {
				section = composite;
				break;
			}
		}
		if (openingBrace == null || section == null || !section.hasDirectSemanticElement()
				|| !PlanSections.isLoopAlternative(section, NodeModelUtils.getEntryParserRule(rootNode))
				|| !cursorInside(section, offset) || section.getTotalOffset() <= openingBrace.getTotalEndOffset()) {
			return null;
		}
		if (parseResult.hasSyntaxErrors() && !(parseResult instanceof SectionParseResult result
				&& result.getSection().getTotalOffset() >= section.getTotalOffset())) {
			return null;
		}
		return new int[] { openingBrace.getTotalEndOffset(), section.getTotalOffset() };
	}

	/** Whether {@code offset} lies after the first token of {@code section} and not after the start of its last. */
	private static boolean cursorInside(ICompositeNode section, int offset) {
		PlanSections.Tokens tokens = PlanSections.tokens(section);
		return tokens != null && tokens.enclose(offset, offset);
	}
}
