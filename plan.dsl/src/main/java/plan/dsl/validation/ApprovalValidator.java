package plan.dsl.validation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import plan.dsl.plan.Approval;
import plan.dsl.plan.ApprovalRound;
import plan.dsl.plan.Decision;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage.Literals;
import plan.dsl.plan.PlanStatus;

/** A plan past review carries its approval; rounds are numbered 1, 2, … and dated in that order. */
public class ApprovalValidator extends PlanCheckBase {

	private static final Set<PlanStatus> NEEDS_APPROVAL = EnumSet.of(PlanStatus.APPROVED, PlanStatus.RUNNING,
			PlanStatus.CLOSED);

	@Check
	public void checkApprovedPlanHasApproval(Plan plan) {
		if (!NEEDS_APPROVAL.contains(plan.getStatus())) {
			return;
		}
		boolean approved = plan.getApproval() != null
				&& plan.getApproval().getRounds().stream().anyMatch(r -> r.getDecision() == Decision.APPROVED);
		if (!approved) {
			error(text(plan, "approval.missing", plan.getName(), plan.getStatus().getLiteral()), plan,
					Literals.PLAN__STATUS, PlanIssueCodes.APPROVAL_MISSING);
		}
	}

	/**
	 * Each round's number follows the previous round's (the first is 1), so one wrong number is reported
	 * once rather than shifting every later round; dates may repeat but never go back.
	 */
	@Check
	public void checkRoundOrder(Approval approval) {
		int expected = 1;
		ApprovalRound dated = null;
		for (ApprovalRound round : approval.getRounds()) {
			if (round.getNumber() != expected) {
				error(text(round, "approval.order.number", String.valueOf(round.getNumber()), String.valueOf(expected)), round,
						Literals.APPROVAL_ROUND__NUMBER, PlanIssueCodes.APPROVAL_ORDER);
			}
			expected = round.getNumber() + 1;
			LocalDate date = round.getDate();
			if (date == null) {
				continue;
			}
			if (dated != null && date.isBefore(dated.getDate())) {
				error(text(round, "approval.order.date", String.valueOf(round.getNumber()), date,
						String.valueOf(dated.getNumber()), dated.getDate()),
						round, Literals.APPROVAL_ROUND__DATE, PlanIssueCodes.APPROVAL_ORDER);
			} else {
				dated = round;
			}
		}
	}
}
