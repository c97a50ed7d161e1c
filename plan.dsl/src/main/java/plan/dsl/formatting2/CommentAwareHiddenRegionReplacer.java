package plan.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;

/**
 * Lays out the whitespace around the comments between two tokens. Xtext applies the region's rule (say "one
 * blank line") to the first line break and lets every other whitespace have one line break. This replacer
 * differs in two ways:
 * <ul>
 * <li>an opening brace indents from the first whitespace and a closing brace outdents only the last, so comments
 * just inside a block stay indented with it (Xtext moves a lone indentation change to the first line break);</li>
 * <li>whitespace between or after comments may keep as many line breaks as the region's rule allows, so a blank
 * line the author left between comment paragraphs survives where the rule allows blank lines.</li>
 * </ul>
 */
final class CommentAwareHiddenRegionReplacer extends HiddenRegionReplacer {

	CommentAwareHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	@Override
	protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		Integer increase = getFormatting().getIndentationIncrease();
		Integer decrease = getFormatting().getIndentationDecrease();
		if (increase != null) {
			whitespace(replacers.get(0)).setIndentationIncrease(increase);
		}
		if (decrease != null) {
			whitespace(replacers.get(replacers.size() - 1)).setIndentationDecrease(decrease);
		}
	}

	@Override
	protected void applyPriorityAndDefaultFormatting(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		super.applyPriorityAndDefaultFormatting(replacers, separator);
		Integer regionMax = getFormatting().getNewLineMax();
		for (int i = 1; i < replacers.size(); i++) {
			if (replacers.get(i) instanceof WhitespaceReplacer after && after.getFormatting() != separator
					&& replacers.get(i - 1) instanceof CommentReplacer) {
				after.getFormatting().setNewLinesMax(regionMax == null ? 1 : Math.max(regionMax, 1));
			}
		}
	}

	private static IHiddenRegionFormatting whitespace(ITextReplacer replacer) {
		return ((WhitespaceReplacer) replacer).getFormatting();
	}
}
