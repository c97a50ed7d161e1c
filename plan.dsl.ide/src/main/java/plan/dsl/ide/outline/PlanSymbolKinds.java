package plan.dsl.ide.outline;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import com.google.inject.Singleton;

/** Symbol kinds by element type, in the outline and among workspace symbols ({@link OutlineElements}). */
@Singleton
public class PlanSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return type == null ? SymbolKind.Property : OutlineElements.kind(type);
	}
}
