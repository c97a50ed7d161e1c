package plan.dsl.generator.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps calendar days onto a horizontal axis: day {@code first} starts at {@code x0}, day {@code last} ends
 * at {@code x1}, every day is equally wide. A date's position is the start of that day.
 */
public record DateScale(LocalDate first, LocalDate last, double x0, double x1) {

	public DateScale {
		if (last.isBefore(first) || x1 <= x0) {
			throw new IllegalArgumentException("empty scale " + first + ".." + last);
		}
	}

	/** Days on the axis, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(first, last) + 1;
	}

	public double dayWidth() {
		return (x1 - x0) / days();
	}

	/** Where {@code day} starts. */
	public double x(LocalDate day) {
		return x0 + ChronoUnit.DAYS.between(first, day) * dayWidth();
	}

	/** Where {@code day} ends: a bar for a span runs from {@code x(start)} to {@code xEnd(end)}. */
	public double xEnd(LocalDate day) {
		return x(day) + dayWidth();
	}

	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(first) && !day.isAfter(last);
	}

	/** The days to label: Mondays on short axes, else month starts spaced so labels keep {@code minGap} apart. */
	public List<Tick> ticks(double minGap) {
		List<Tick> ticks = new ArrayList<>();
		if (days() <= 70) {
			for (LocalDate day = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !day.isAfter(last);
					day = day.plusWeeks(1)) {
				ticks.add(new Tick(day, false));
			}
			return ticks;
		}
		int step = monthStep(minGap);
		LocalDate day = first.withDayOfMonth(1);
		if (day.isBefore(first)) {
			day = day.plusMonths(1);
		}
		while (!day.isAfter(last)) {
			if ((day.getMonthValue() - 1) % step == 0) {
				ticks.add(new Tick(day, true));
			}
			day = day.plusMonths(1);
		}
		return ticks;
	}

	private int monthStep(double minGap) {
		double monthWidth = dayWidth() * 30.4;
		for (int step : new int[] { 1, 2, 3, 6 }) {
			if (monthWidth * step >= minGap) {
				return step;
			}
		}
		return 12;
	}

	/** A labelled day on the axis; {@code monthly} ticks mark month starts, others Mondays. */
	public record Tick(LocalDate day, boolean monthly) {
	}
}
