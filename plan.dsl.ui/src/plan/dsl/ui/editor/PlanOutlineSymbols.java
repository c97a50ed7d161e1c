package plan.dsl.ui.editor;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;

import plan.dsl.ui.PlanUiPlugin;

/** The document symbols of the plan in an editor, asked of the language server. */
final class PlanOutlineSymbols {

	private PlanOutlineSymbols() {
	}

	static List<DocumentSymbol> latest(PlanEditor editor) {
		return editor.uri() == null ? List.of() : PlanUiPlugin.language().outline(editor.uri());
	}
}
