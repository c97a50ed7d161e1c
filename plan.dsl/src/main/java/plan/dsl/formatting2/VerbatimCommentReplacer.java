package plan.dsl.formatting2;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Leaves a comment's text exactly as written (Xtext's own replacers rewrite the space after {@code //} and the
 * inner lines of block comments) and keeps it where it was relative to the code: a comment that ends a line of
 * code stays there, as far from the code as the author put it (so aligned {@code // expect: ...} comments stay
 * aligned); a comment on a line of its own stays on a line of its own.
 */
final class VerbatimCommentReplacer extends CommentReplacer {

	VerbatimCommentReplacer(IComment comment) {
		super(comment);
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		return context;
	}

	@Override
	public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
		ITextSegment before = leading.getRegion();
		IHiddenRegionFormatting formatting = leading.getFormatting();
		if (before.isMultiline()) {
			if (formatting.getNewLineMin() == null || formatting.getNewLineMin() < 1) {
				formatting.setNewLinesMin(1);
			}
			if (formatting.getNewLineMax() == null || formatting.getNewLineMax() < 1) {
				formatting.setNewLinesMax(1);
			}
		} else if (endsLineOfCode(before)) {
			String spacing = before.getText();
			formatting.setSpace(!spacing.isEmpty() && spacing.chars().allMatch(c -> c == ' ') ? spacing : " ");
		}
	}

	/** The whitespace before the comment runs from code on the same line, not from a line start. */
	private static boolean endsLineOfCode(ITextSegment before) {
		return before.getOffset() > 0
				&& !"\n".equals(before.getTextRegionAccess().textForOffset(before.getOffset() - 1, 1));
	}
}
