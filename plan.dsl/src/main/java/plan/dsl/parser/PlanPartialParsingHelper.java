package plan.dsl.parser;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;

import plan.dsl.plan.Plan;

/**
 * Re-parses only the top-level section (a project, a goal, the team …) that an edit falls into, also while the
 * edit leaves a syntax error in it. Xtext's partial parser gives up on a re-parsed region with a syntax error
 * and parses the whole text again, turning the old model into proxies: a half-typed keyword in a 10,000-line
 * plan cost a full parse, and the full re-linking and re-resolving that follow, at every keystroke.
 * <p>
 * The body of a plan is a loop {@code ( ... | section | ... )*} whose parser state is the same at every
 * section, so the parser treats a section the same whatever sections come before it. The section is parsed in
 * that same state — behind the plan's own header, followed by the real text after it up to the end of the next
 * section and a closing brace — and the result is spliced in place of the old section only when the new
 * section, in that parse, covers exactly its text and every syntax error lies inside it; the real text after
 * the section is what the parser sees beyond its end, so its decisions and error recovery there are those of a
 * parse of the whole text. In every other case (the edit touches a section's first or last token, crosses
 * sections, the text elsewhere has errors, the section would swallow or split off text) the edit goes to
 * Xtext's partial parser as before. Tests compare the model, node model and diagnostics after random edits
 * with those of a fresh parse of the same text.
 */
public class PlanPartialParsingHelper extends PartialParsingHelper {

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Override
	public IParseResult reparse(IParser parser, IParseResult previousParseResult, ReplaceRegion changedRegion) {
		IParseResult result = reparseSection(parser, previousParseResult, changedRegion);
		return result != null ? result : super.reparse(parser, previousParseResult, changedRegion);
	}

	/** The result of re-parsing one section, or {@code null} (nothing changed) when that cannot be done exactly. */
	private IParseResult reparseSection(IParser parser, IParseResult previous, ReplaceRegion change) {
		if (previous == null || !(previous.getRootASTElement() instanceof Plan plan)
				|| !(previous.getRootNode() instanceof ICompositeNode root)) {
			return null;
		}
		String oldText = root.getText();
		int changeStart = change.getOffset();
		int changeEnd = change.getEndOffset();
		if (changeStart < 0 || changeEnd > oldText.length()) {
			return null;
		}
		ILeafNode openingBrace = null;
		ICompositeNode section = null;
		ICompositeNode next = null;
		for (INode child : root.getChildren()) {
			if (section == null) {
				if (openingBrace == null) {
					if (child instanceof ILeafNode leaf && !leaf.isHidden() && "{".equals(leaf.getText())) {
						openingBrace = leaf;
					}
				} else if (child instanceof ICompositeNode composite && composite.getTotalOffset() < changeStart
						&& changeEnd <= composite.getTotalEndOffset()) {
					section = composite;
				} else if (child.getTotalOffset() >= changeEnd) {
					return null;
				}
			} else if (child instanceof ICompositeNode composite && composite.hasDirectSemanticElement()) {
				next = composite;
				break;
			}
		}
		ParserRule entry = NodeModelUtils.getEntryParserRule(root);
		if (openingBrace == null || section == null || !section.hasDirectSemanticElement()
				|| section.getSemanticElement().eContainer() != plan || !PlanSections.isLoopAlternative(section, entry)
				|| !editsInside(section, changeStart, changeEnd)
				|| previous.hasSyntaxErrors() && !errorsOnlyIn(previous, section)) {
			return null;
		}
		int sectionStart = section.getTotalOffset();
		int sectionEnd = section.getTotalEndOffset();
		String newSection = oldText.substring(sectionStart, changeStart) + change.getText()
				+ oldText.substring(changeEnd, sectionEnd);
		int tailEnd = next != null ? next.getTotalEndOffset() : oldText.length();
		String header = oldText.substring(0, openingBrace.getTotalEndOffset());
		String tail = oldText.substring(sectionEnd, tailEnd) + (next != null ? "\n}" : "");
		IParseResult trial = parser.parse(entry, new StringReader(header + newSection + tail));
		ICompositeNode replacement = sectionOf(trial, section, header.length(), header.length() + newSection.length());
		if (replacement == null) {
			return null;
		}
		List<String> oldNames = namesIn(section.getSemanticElement());
		splice(plan, section, replacement);
		boolean sameNames = oldNames.equals(namesIn(replacement.getSemanticElement()));
		SplicingNodeModelBuilder nodeModelBuilder = new SplicingNodeModelBuilder();
		nodeModelBuilder.replace(section, replacement);
		nodeModelBuilder.setCompleteContent(root,
				oldText.substring(0, changeStart) + change.getText() + oldText.substring(changeEnd));
		return new SectionParseResult(plan, root, replacement, trial.hasSyntaxErrors(), sameNames);
	}

	/**
	 * Whether the change lies inside {@code section}, after its first token and before its last one: then the
	 * text before and after the section lexes as before, and the section still starts where it did.
	 */
	private static boolean editsInside(ICompositeNode section, int changeStart, int changeEnd) {
		PlanSections.Tokens tokens = PlanSections.tokens(section);
		return tokens != null && tokens.enclose(changeStart, changeEnd) && tokens.last().getSyntaxErrorMessage() == null;
	}

	/**
	 * Whether every syntax error of {@code previous} arose in parsing {@code section}: lies inside it, after its
	 * first token. An error at its first token (or on the section itself) may have been reported by the parse
	 * of what came before it ("missing '}' at 'goal'"), which a re-parse of the section alone would not repeat.
	 */
	private static boolean errorsOnlyIn(IParseResult previous, ICompositeNode section) {
		if (previous instanceof SectionParseResult sectionResult) {
			return sectionResult.getSection() == section;
		}
		int firstToken = -1;
		for (ILeafNode leaf : section.getLeafNodes()) {
			if (!leaf.isHidden()) {
				firstToken = leaf.getTotalOffset();
				break;
			}
		}
		for (INode error : previous.getSyntaxErrors()) {
			if (error == section || error.getTotalOffset() <= firstToken || error.getTotalOffset() < section.getTotalOffset()
					|| error.getTotalEndOffset() > section.getTotalEndOffset()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The section of the trial parse that replaces {@code old}: the first top-level element with a model object
	 * after the header, spanning exactly {@code [start, end)}, parsed by the same rule call into the same
	 * feature; {@code null} when the trial parse differs elsewhere or has a syntax error outside that section.
	 */
	private static ICompositeNode sectionOf(IParseResult trial, ICompositeNode old, int start, int end) {
		if (!(trial.getRootASTElement() instanceof Plan) || trial.getRootNode() == null) {
			return null;
		}
		ICompositeNode found = null;
		for (INode child : trial.getRootNode().getChildren()) {
			if (child.getTotalOffset() >= start && child instanceof ICompositeNode composite
					&& composite.hasDirectSemanticElement()) {
				found = composite;
				break;
			}
		}
		if (found == null || found.getTotalOffset() != start || found.getTotalEndOffset() != end
				|| found.getGrammarElement() != old.getGrammarElement()
				|| found.getSemanticElement().eContainingFeature() != old.getSemanticElement().eContainingFeature()
				|| trial.getRootNode().getSyntaxErrorMessage() != null) {
			return null;
		}
		if (trial.hasSyntaxErrors()) {
			BidiTreeIterator<INode> nodes = trial.getRootNode().getAsTreeIterable().iterator();
			while (nodes.hasNext()) {
				INode node = nodes.next();
				if (node == found) {
					nodes.prune();
				} else if (node.getSyntaxErrorMessage() != null) {
					return null;
				}
			}
		}
		return found;
	}

	/** The class and qualified name of each named object of {@code section}, in order. */
	private List<String> namesIn(EObject section) {
		List<String> names = new ArrayList<>();
		for (TreeIterator<EObject> objects = EcoreUtil.getAllProperContents(List.of(section), false); objects.hasNext();) {
			EObject object = objects.next();
			QualifiedName name = qualifiedNames.getFullyQualifiedName(object);
			if (name != null) {
				names.add(object.eClass().getName() + " " + name);
			}
		}
		return names;
	}

	/** Puts the model object of {@code replacement} where that of {@code old} was, unloading the old one. */
	@SuppressWarnings("unchecked")
	private void splice(Plan plan, ICompositeNode old, ICompositeNode replacement) {
		EObject oldSection = old.getSemanticElement();
		EObject newSection = replacement.getSemanticElement();
		EStructuralFeature feature = oldSection.eContainingFeature();
		if (feature.isMany()) {
			List<EObject> list = (List<EObject>) plan.eGet(feature);
			int index = list.indexOf(oldSection);
			unloadSemanticObject(oldSection);
			list.set(index, newSection);
		} else {
			unloadSemanticObject(oldSection);
			plan.eSet(feature, newSection);
		}
	}

	/** Moves a node of one node model into another, in place of a node there. */
	static class SplicingNodeModelBuilder extends NodeModelBuilder {

		/**
		 * Puts {@code replacement} (a node of another node model) in place of {@code old} and recomputes the
		 * offsets of the leaves of the node model {@code old} was in.
		 */
		void replace(ICompositeNode old, ICompositeNode replacement) {
			// replaceAndTransferLookAhead moves the first child of a node: make the replacement one
			ICompositeNode holder = newCompositeNodeAsParentOf(replacement.getGrammarElement(), replacement.getLookAhead(),
					replacement);
			if (replacement.getParent() != holder) {
				holder = replacement.getParent();
			}
			replaceAndTransferLookAhead(old, holder);
		}
	}
}
