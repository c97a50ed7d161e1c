package plan.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;

/**
 * {@code reference.unresolved} on a name that stands for a person or unit (an owner, a unit's lead, a
 * reporter …): declares that name as a team member, {@code person <Name> "（职务）" role member}, creating the
 * team section if the plan has none. Other unresolved names (goals, phases, background items) get no fix here:
 * declaring a person would not resolve them.
 */
public class DeclarePersonFix {

	public Optional<PlanFix> propose(FixContext context) {
		Plan plan = context.plan();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(context.resource().getParseResult().getRootNode(),
				context.offset());
		if (plan == null || leaf == null || leaf.isHidden() || !refersToPerson(leaf)) {
			return Optional.empty();
		}
		String name = leaf.getText();
		if (plan.getTeam() != null && plan.getTeam().getParties().stream().anyMatch(p -> name.equals(p.getName()))) {
			return Optional.empty();
		}
		KeywordStyle style = context.style();
		String line = SectionSkeletons.personLine(style,
				key -> context.messages().get("quickfix.placeholder." + key), name, "member");
		return TeamEdits.declare(plan, context.source(), style, line)
				.map(insertion -> new PlanFix(context.messages().get("quickfix.person.declare", name),
						List.of(insertion)));
	}

	/** Whether the token is a cross-reference a person can satisfy. */
	private static boolean refersToPerson(ILeafNode leaf) {
		CrossReference crossReference = GrammarUtil.containingCrossReference(leaf.getGrammarElement());
		if (crossReference == null) {
			return false;
		}
		EReference reference = GrammarUtil.getReference(crossReference);
		return reference != null && reference.getEReferenceType().isSuperTypeOf(PlanPackage.Literals.PERSON);
	}
}
