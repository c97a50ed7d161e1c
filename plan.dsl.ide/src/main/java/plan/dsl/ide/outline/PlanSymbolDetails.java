package plan.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

import com.google.inject.Singleton;

import plan.dsl.ide.labels.ElementSummary;

/** The detail beside an outline name: a goal's title, a person's position, a phase's dates. */
@Singleton
public class PlanSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		String summary = object == null ? null : ElementSummary.of(object);
		return summary == null ? "" : summary;
	}
}
