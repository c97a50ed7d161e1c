package plan.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import com.google.inject.Singleton;

/**
 * Outline names: an element's own name ({@code G1}, not {@code Plan.G1}: the outline already nests it under
 * its plan), a section's keyword; {@code null} leaves an element out. Workspace symbols keep the qualified
 * names of the index, which say which plan an element belongs to.
 */
@Singleton
public class PlanSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		return object == null ? null : OutlineElements.name(object);
	}
}
