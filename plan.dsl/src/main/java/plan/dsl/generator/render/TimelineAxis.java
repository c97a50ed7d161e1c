package plan.dsl.generator.render;

import static plan.dsl.generator.render.Markup.num;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The parts every timeline shares: tick labels with grid lines, and the reporting-date line. */
final class TimelineAxis {

	private TimelineAxis() {
	}

	/** Grid lines from {@code top} to {@code bottom} with their labels on {@code labelY}, never past x1. */
	static void ticks(Markup svg, DateScale scale, Locale locale, double fontSize, double labelY, double top,
			double bottom) {
		double minGap = fontSize * 6;
		List<DateScale.Tick> ticks = scale.ticks(minGap);
		double lastLabelEnd = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < ticks.size(); i++) {
			DateScale.Tick tick = ticks.get(i);
			double x = scale.x(tick.day());
			svg.empty("line", "class", "grid", "x1", x, "x2", x, "y1", top, "y2", bottom, "stroke", Palette.GRID,
					"stroke-width", "1");
			boolean withYear = i == 0 || tick.day().getMonthValue() == 1 && tick.monthly();
			String label = tick.monthly() ? Formats.month(tick.day(), locale, withYear)
					: Formats.shortDate(tick.day(), locale);
			double labelWidth = TextMetrics.em(label) * fontSize;
			if (x + 2 + labelWidth <= scale.x1() && x + 2 > lastLabelEnd + fontSize * 0.5) {
				svg.element("text", label, "class", "tick", "x", x + 2, "y", labelY, "font-size", num(fontSize),
						"fill", Palette.MUTED);
				lastLabelEnd = x + 2 + labelWidth;
			}
		}
	}

	/**
	 * The reporting date as a dashed line from {@code top} to {@code bottom} labelled on {@code labelY}; when
	 * it lies outside the axis, only a label at that edge of the axis says where it is.
	 */
	static void asOf(Markup svg, DateScale scale, LocalDate asOf, String label, double fontSize, double labelY,
			double top, double bottom) {
		if (asOf == null) {
			return;
		}
		double labelWidth = TextMetrics.em(label) * fontSize;
		if (!scale.contains(asOf)) {
			boolean after = asOf.isAfter(scale.last());
			svg.element("text", after ? label + " ▸" : "◂ " + label, "class", "asof-outside", "data-date", asOf,
					"x", after ? scale.x1() : scale.x0(), "y", labelY, "text-anchor", after ? "end" : "start",
					"font-size", num(fontSize), "fill", Palette.ASOF);
			return;
		}
		double x = scale.x(asOf);
		svg.empty("line", "class", "asof", "data-date", asOf, "x1", x, "x2", x, "y1", top, "y2", bottom,
				"stroke", Palette.ASOF, "stroke-width", "1.5", "stroke-dasharray", "4 3");
		boolean fitsRight = x + 3 + labelWidth <= scale.x1();
		svg.element("text", label, "class", "asof-label", "x", fitsRight ? x + 3 : x - 3, "y", labelY,
				"text-anchor", fitsRight ? "start" : "end", "font-size", num(fontSize), "fill", Palette.ASOF,
				"font-weight", "bold");
	}

	/** A diamond centred on (x, y): the mark of a milestone. */
	static void diamond(Markup svg, double x, double y, double r, String fill) {
		svg.empty("path", "class", "milestone-mark", "d", "M" + num(x) + " " + num(y - r) + "L" + num(x + r) + " "
				+ num(y) + "L" + num(x) + " " + num(y + r) + "L" + num(x - r) + " " + num(y) + "Z", "fill", fill);
	}
}
