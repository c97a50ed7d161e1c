package plan.dsl.ide.quickfix;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.xtext.nodemodel.ILeafNode;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;

/**
 * {@code smart.time-bound}: gives the goal the last day of the plan's period as its deadline — a new
 * {@code due} line at the end of the goal block, or, when the goal's {@code due} is not a real day or lies
 * outside the period, that date replaced. Without a period there is no deadline to propose.
 */
public class DueDateFix {

	public Optional<PlanFix> propose(FixContext context) {
		Goal goal = context.find(Goal.class);
		Plan plan = context.plan();
		DateRange period = plan == null ? null : plan.getPeriod();
		if (goal == null || period == null || period.getTo() == null) {
			return Optional.empty();
		}
		LocalDate end = period.getTo();
		PlanMessages messages = context.messages();
		Optional<ILeafNode> written = Blocks.valueToken(goal, PlanPackage.Literals.GOAL__DUE);
		if (written.isPresent()) {
			if (insidePeriod(goal.getDue(), period)) {
				return Optional.empty();
			}
			ILeafNode date = written.get();
			return Optional.of(new PlanFix(messages.get("quickfix.due.change", end.toString()),
					List.of(new Replacement(date.getOffset(), date.getLength(), end.toString()))));
		}
		OptionalInt brace = Blocks.closingBrace(goal);
		if (brace.isEmpty()) {
			return Optional.empty();
		}
		String line = context.style().keyword("due") + " " + end;
		return Optional.of(new PlanFix(messages.get("quickfix.due.add", end.toString()), List.of(context.source()
				.insertBeforeClosingBrace(Blocks.start(goal), brace.getAsInt(), List.of(line), false))));
	}

	private static boolean insidePeriod(LocalDate due, DateRange period) {
		return due != null && (period.getFrom() == null || !due.isBefore(period.getFrom()))
				&& !due.isAfter(period.getTo());
	}
}
