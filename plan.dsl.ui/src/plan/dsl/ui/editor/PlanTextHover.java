package plan.dsl.ui.editor;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;

import plan.dsl.ui.PlanUiPlugin;
import plan.dsl.ui.language.LspText;

/** Hover: the language server's Markdown hover, as HTML for Eclipse's hover control. */
public class PlanTextHover implements ITextHover {

	private final PlanEditor editor;

	public PlanTextHover(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Hover hover = PlanUiPlugin.language().hover(editor.uri(), LspText.position(viewer.getDocument(), region.getOffset()));
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()
				|| hover.getContents().getRight().getValue().isBlank()) {
			return null;
		}
		return HtmlRenderer.builder().build().render(Parser.builder().build().parse(hover.getContents().getRight().getValue()));
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
