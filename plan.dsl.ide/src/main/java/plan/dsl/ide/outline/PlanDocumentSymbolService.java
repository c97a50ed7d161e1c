package plan.dsl.ide.outline;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

import com.google.inject.Singleton;

/**
 * Workspace symbols (and the flat outline of clients without hierarchical symbols) with the same symbol kinds
 * as the outline, instead of Xtext's "property" for everything.
 */
@Singleton
public class PlanDocumentSymbolService extends DocumentSymbolService {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return OutlineElements.kind(type);
	}
}
