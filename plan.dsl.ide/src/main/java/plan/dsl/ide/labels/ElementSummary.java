package plan.dsl.ide.labels;

import org.eclipse.emf.ecore.EObject;

import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.plan.BackgroundItem;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Finding;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Outcome;
import plan.dsl.plan.Person;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;
import plan.dsl.plan.Unit;

/**
 * The short text an element is known by besides its name — a person's position, a goal's or project's
 * title, a background item's text — for the detail line of a completion proposal or an outline entry.
 * Only what the author wrote; nothing is translated or derived.
 */
public final class ElementSummary {

	private static final int LONGEST = 40;

	private ElementSummary() {
	}

	/** The summary of {@code element}, or {@code null} when it has none worth showing. */
	public static String of(EObject element) {
		String text = switch (element) {
		case Person person -> person.getPosition();
		case Unit unit -> unit.getTitle();
		case Goal goal -> goal.getTitle();
		case Project project -> project.getTitle();
		case Phase phase -> join(phase.getTitle(), dates(Schedule.span(phase)));
		case Milestone milestone -> join(milestone.getTitle(), milestone.getDate() == null ? null : milestone.getDate().toString());
		case Criterion criterion -> criterion.getTitle();
		case BackgroundItem item -> item.getText();
		case Finding finding -> finding.getText();
		case Outcome outcome -> outcome.getTitle();
		case Plan plan -> plan.getTitle();
		default -> null;
		};
		return text == null || text.isBlank() ? null : shorten(text);
	}

	/** {@code 2026-03-01 – 2026-04-30}, with {@code ?} for an end that is missing or not a real day. */
	public static String dates(Span span) {
		if (span.start() == null && span.end() == null) {
			return null;
		}
		return (span.start() == null ? "?" : span.start().toString()) + " – "
				+ (span.end() == null ? "?" : span.end().toString());
	}

	private static String join(String title, String dates) {
		return dates == null ? title : title == null ? dates : title + " · " + dates;
	}

	private static String shorten(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.codePointCount(0, line.length()) <= LONGEST ? line
				: line.substring(0, line.offsetByCodePoints(0, LONGEST)) + "…";
	}
}
