package plan.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The outline view: the plan's tree as the language server's document symbols give it; a click reveals the element. */
public class PlanOutlinePage extends ContentOutlinePage {

	private final PlanEditor editor;

	public PlanOutlinePage(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
						: symbol.getName() + " — " + symbol.getDetail();
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
				editor.reveal(symbol.getSelectionRange());
			}
		});
		update(PlanOutlineSymbols.latest(editor));
	}

	/** Shows {@code symbols} (on the UI thread), keeping the tree open. */
	public void update(List<DocumentSymbol> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(symbols);
		viewer.expandAll();
	}

	private static final class SymbolContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
