package plan.dsl.parser;

import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * What the section re-parse ({@link PlanPartialParsingHelper}) and completion ({@code PlanContentAssistContextFactory}
 * in plan.dsl.ide) both ask of a top-level section of a plan's node model: whether it can be parsed on its own, and
 * whether an offset lies strictly inside it.
 */
public final class PlanSections {

	private PlanSections() {
	}

	/**
	 * Whether {@code section} was parsed by a rule call that is a whole alternative of the loop of the entry rule
	 * {@code entry} ({@code projects+=Project}), so that the parser enters it in the same state wherever it stands.
	 */
	public static boolean isLoopAlternative(ICompositeNode section, ParserRule entry) {
		if (!(section.getGrammarElement() instanceof RuleCall call) || !(call.getRule() instanceof ParserRule)) {
			return false;
		}
		Assignment assignment = GrammarUtil.containingAssignment(call);
		return assignment != null && assignment.getTerminal() == call && assignment.eContainer() instanceof Alternatives
				&& GrammarUtil.containingRule(assignment) == entry;
	}

	/** The first and the last token of {@code section}, hidden ones left out; null when it has fewer than two. */
	public static Tokens tokens(ICompositeNode section) {
		ILeafNode first = null;
		ILeafNode last = null;
		for (ILeafNode leaf : section.getLeafNodes()) {
			if (!leaf.isHidden()) {
				if (first == null) {
					first = leaf;
				}
				last = leaf;
			}
		}
		return first == null || last == first ? null : new Tokens(first, last);
	}

	/** The first and the last token of a section. */
	public record Tokens(ILeafNode first, ILeafNode last) {

		/** Whether {@code start … end} lies after the end of the first token and not after the start of the last. */
		public boolean enclose(int start, int end) {
			return first.getTotalEndOffset() < start && end <= last.getTotalOffset();
		}
	}
}
