package plan.dsl.parser;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.ParseResult;

/**
 * The result of {@link PlanPartialParsingHelper} re-parsing one top-level section of a plan: its syntax errors,
 * if any, all lie in that section. When the section declares the same names as before, its resource links only
 * the new section, once ({@link plan.dsl.linking.PlanLinkingResource}).
 */
public final class SectionParseResult extends ParseResult {

	private final ICompositeNode section;
	private boolean linkOnlySection;

	SectionParseResult(EObject root, ICompositeNode rootNode, ICompositeNode section, boolean hasSyntaxErrors,
			boolean sameNames) {
		super(root, rootNode, hasSyntaxErrors);
		this.section = section;
		this.linkOnlySection = sameNames;
	}

	/** The node of the re-parsed section. */
	public ICompositeNode getSection() {
		return section;
	}

	/**
	 * Whether the section, which declares the same names in the same order as the one it replaced, is still to
	 * be linked: true once, so that any later linking of the resource links all of it.
	 */
	public synchronized boolean takeLinkOnlySection() {
		boolean result = linkOnlySection;
		linkOnlySection = false;
		return result;
	}
}
