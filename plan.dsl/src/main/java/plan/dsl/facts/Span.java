package plan.dsl.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import plan.dsl.plan.DateRange;

/**
 * A closed span of calendar days, both ends included: a phase "from 2026-03-01 to 2026-03-31" and the
 * next one "from 2026-04-01" touch without overlapping. Either end is {@code null} when it was not
 * written or is not a real day; such a span is incomplete and every comparison with it answers
 * {@code false}, so one bad date yields its own diagnostic rather than a cascade of derived ones.
 */
public record Span(LocalDate start, LocalDate end) {

	public static final Span UNKNOWN = new Span(null, null);

	public static Span of(DateRange range) {
		return range == null ? UNKNOWN : new Span(range.getFrom(), range.getTo());
	}

	public boolean isComplete() {
		return start != null && end != null;
	}

	/** Complete and not inverted. */
	public boolean isValid() {
		return isComplete() && !start.isAfter(end);
	}

	public boolean isInverted() {
		return isComplete() && start.isAfter(end);
	}

	/** Length in days, both ends counted; 0 unless valid. */
	public long days() {
		return isValid() ? ChronoUnit.DAYS.between(start, end) + 1 : 0;
	}

	public boolean contains(LocalDate day) {
		return isValid() && day != null && !day.isBefore(start) && !day.isAfter(end);
	}

	public boolean contains(Span other) {
		return isValid() && other.isValid() && !other.start.isBefore(start) && !other.end.isAfter(end);
	}

	/** Whether the two spans share at least one day. */
	public boolean overlaps(Span other) {
		return isValid() && other.isValid() && !other.start.isAfter(end) && !start.isAfter(other.end);
	}
}
