package plan.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;

import plan.dsl.ui.PlanUiPlugin;
import plan.dsl.ui.language.LspText;

/** Ctrl+click: go to the definition the language server finds for the name under the mouse. */
public class PlanHyperlinkDetector extends AbstractHyperlinkDetector {

	private final PlanEditor editor;

	public PlanHyperlinkDetector(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		List<Location> targets = PlanUiPlugin.language().definition(editor.uri(),
				LspText.position(viewer.getDocument(), region.getOffset()));
		if (targets.isEmpty()) {
			return null;
		}
		IRegion word = wordAt(viewer, region.getOffset());
		return targets.stream().map(target -> new PlanHyperlink(word, target)).toArray(IHyperlink[]::new);
	}

	private static IRegion wordAt(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		int start = offset;
		while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) || start > 0 && text.charAt(start - 1) == '_') {
			start--;
		}
		int end = offset;
		while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
			end++;
		}
		return new Region(start, Math.max(0, end - start));
	}

	/** Opens the target file (in the workspace) in the plan editor at the definition. */
	static final class PlanHyperlink implements IHyperlink {
		private final IRegion region;
		private final Location target;

		PlanHyperlink(IRegion region, Location target) {
			this.region = region;
			this.target = target;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Go to definition";
		}

		@Override
		public void open() {
			PlanEditor.openAt(target);
		}
	}
}
