package plan.dsl.ide.highlighting;

import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import plan.dsl.ide.contentassist.KeywordLanguage;
import plan.dsl.plan.PlanPackage;

/**
 * Semantic tokens, named by LSP token types so the language server passes them on unchanged: keywords in
 * either language ({@code goal}, {@code 目标} — a TextMate grammar cannot tell a Chinese keyword from a
 * Chinese name written against it), enumeration values, dates and numbers, and every name by what it names
 * (goal, project, phase, person or unit, …), with the {@code declaration} modifier where it is declared.
 * Strings and comments are left to the editor's grammar: they may span lines, which semantic tokens may not.
 */
public class PlanSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

	public static final String KEYWORD = "keyword";
	public static final String ENUM_MEMBER = "enumMember";
	public static final String NUMBER = "number";
	public static final String TYPE = "type";
	public static final String DECLARATION = "declaration";

	private static final PlanPackage P = PlanPackage.eINSTANCE;

	/** Token type of a name by the type of what it names; anything else named is a property. */
	private static final Map<EClass, String> NAMES = Map.of(P.getPlan(), "namespace", P.getGoal(), "class",
			P.getProject(), "function", P.getPhase(), "event", P.getMilestone(), "event", P.getParty(), "variable",
			P.getPerson(), "variable", P.getUnit(), "variable");

	@Inject
	private OperationCanceledManager cancelManager;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		int count = 0;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (++count % 1024 == 0) {
				cancelManager.checkCanceled(cancelIndicator);
			}
			String type = leaf.isHidden() || leaf.getLength() == 0 ? null : tokenType(leaf);
			if (type != null) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), type);
			}
		}
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			if (++count % 1024 == 0) {
				cancelManager.checkCanceled(cancelIndicator);
			}
			highlightNames(all.next(), acceptor);
		}
	}

	private static String tokenType(ILeafNode leaf) {
		EObject grammarElement = leaf.getGrammarElement();
		// an enumeration value's token stands for its literal declaration, or for the call of the enum rule
		if (grammarElement instanceof EnumLiteralDeclaration
				|| grammarElement instanceof RuleCall enumCall && enumCall.getRule() instanceof EnumRule
				|| grammarElement instanceof Keyword literal && literal.eContainer() instanceof EnumLiteralDeclaration) {
			return ENUM_MEMBER;
		}
		if (grammarElement instanceof Keyword keyword) {
			return KeywordLanguage.of(keyword.getValue()) != null ? KEYWORD : null;
		}
		if (leaf.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof TerminalRule rule
				&& ("DATE".equals(rule.getName()) || "NUMBER".equals(rule.getName()))) {
			return NUMBER;
		}
		return null;
	}

	/** The element's own name, its references by what they name, a project's type. */
	private static void highlightNames(EObject element, IHighlightedPositionAcceptor acceptor) {
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			String type = null;
			String modifier = null;
			if (feature instanceof EReference reference && !reference.isContainment()) {
				type = nameType(reference.getEReferenceType());
			} else if ("name".equals(feature.getName())) {
				type = nameType(element.eClass());
				modifier = DECLARATION;
			} else if (feature == P.getProject_Type()) {
				type = TYPE;
			}
			if (type != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
					if (node.getLength() > 0) {
						acceptor.addPosition(node.getOffset(), node.getLength(),
								modifier == null ? new String[] { type } : new String[] { type, modifier });
					}
				}
			}
		}
	}

	private static String nameType(EClass type) {
		return NAMES.getOrDefault(type, "property");
	}
}
