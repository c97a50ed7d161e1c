package plan.dsl.formatting2;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Xtext's whitespace replacer with three differences: a file starts with its first comment or token; it ends
 * with exactly one line break; and the line break that ends a {@code //} comment counts as part of the
 * whitespace after it, so "keep at most one blank line" keeps a blank line after a comment as it does after code.
 */
final class CommentAwareWhitespaceReplacer extends WhitespaceReplacer {

	CommentAwareWhitespaceReplacer(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		super(whitespace, formatting);
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		ITextSegment region = getRegion();
		if (region.getOffset() == 0) {
			context.addReplacement(region.replaceWith(""));
			return context;
		}
		if (region.getEndOffset() == region.getTextRegionAccess().regionForDocument().getEndOffset()) {
			String end = trailingNewLinesOfPreviousRegion() > 0 ? "" : context.getNewLinesString(1);
			context.addReplacement(region.replaceWith(end));
			return context;
		}
		return super.createReplacements(context);
	}

	@Override
	protected int computeNewLineCount(ITextReplacerContext context) {
		IHiddenRegionFormatting formatting = getFormatting();
		Integer min = formatting.getNewLineMin();
		Integer max = formatting.getNewLineMax();
		boolean undefined = getRegion() instanceof IHiddenRegion hidden && hidden.isUndefined();
		if (undefined || (min == null && max == null)) {
			return super.computeNewLineCount(context);
		}
		int count = getRegion().getLineCount() - 1 + trailingNewLinesOfPreviousRegion();
		if (min != null) {
			count = Math.max(count, min);
		}
		if (max != null) {
			count = Math.min(count, max);
		}
		return count;
	}
}
