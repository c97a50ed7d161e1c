package plan.dsl.generator.render;

import static plan.dsl.generator.render.Markup.num;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import plan.dsl.generator.view.PhaseView;
import plan.dsl.generator.view.PhaseView.MilestoneView;
import plan.dsl.generator.view.TimelineView;
import plan.dsl.messages.PlanMessages;

/**
 * The one-line timeline of the brief: phases as consecutive segments titled inside, milestones as diamonds
 * with their labels set in up to {@link #LANES} lanes so that no two overlap (a label that fits in no lane
 * keeps only its diamond and tooltip), and the reporting date. Same axis and marks as the Gantt chart.
 */
public final class TimelineStrip {

	static final double FONT = 10;
	static final int LANES = 3;
	private static final double AXIS_LABEL_Y = 24;
	private static final double PHASE_TOP = 30;
	private static final double PHASE_HEIGHT = 22;
	private static final double DIAMOND_Y = 64;
	private static final double LANE_HEIGHT = 13;
	private static final double LABEL_MAX_EM = 12;

	private TimelineStrip() {
	}

	public static Markup render(TimelineView view, PlanMessages messages, double width) {
		double height = DIAMOND_Y + 8 + LANES * LANE_HEIGHT;
		Markup svg = new Markup();
		svg.open("svg", "class", "timeline strip", "viewBox", "0 0 " + num(width) + " " + num(height), "role", "img",
				"aria-label", messages.get("brief.timeline"), "data-first", view.first(), "data-last", view.last(),
				"font-family", Fonts.SANS);
		if (!view.hasAxis()) {
			svg.element("text", messages.get("dashboard.noAxis"), "x", 0, "y", PHASE_TOP + 14, "font-size", num(FONT),
					"fill", Palette.MUTED);
			return svg.close();
		}
		DateScale scale = new DateScale(view.first(), view.last(), 1, width - 1);
		TimelineAxis.ticks(svg, scale, messages.locale(), FONT - 1, AXIS_LABEL_Y, AXIS_LABEL_Y + 3,
				PHASE_TOP + PHASE_HEIGHT);
		List<MilestoneView> milestones = new ArrayList<>();
		for (int i = 0; i < view.phases().size(); i++) {
			PhaseView phase = view.phases().get(i);
			phase(svg, scale, phase, i);
			milestones.addAll(phase.milestones());
		}
		milestones(svg, scale, messages, milestones);
		TimelineAxis.asOf(svg, scale, view.asOf(), messages.get("dashboard.asof", Formats.date(view.asOf())), FONT,
				10, 14, height);
		return svg.close();
	}

	private static void phase(Markup svg, DateScale scale, PhaseView phase, int index) {
		if (!phase.hasDates() || !scale.contains(phase.start()) || !scale.contains(phase.end())) {
			return;
		}
		double x0 = scale.x(phase.start());
		double x1 = scale.xEnd(phase.end());
		svg.open("g", "class", "phase", "data-name", phase.name());
		svg.element("title", phase.title() + "  " + Formats.range(phase.start(), phase.end()));
		svg.empty("rect", "x", x0, "y", PHASE_TOP, "width", x1 - x0, "height", PHASE_HEIGHT, "fill",
				Palette.phase(index), "stroke", "#ffffff", "stroke-width", "1");
		String title = TextMetrics.truncate(phase.title(), (x1 - x0 - 6) / FONT);
		if (!title.equals(TextMetrics.ELLIPSIS) && !title.isEmpty()) {
			svg.element("text", title, "x", (x0 + x1) / 2, "y", PHASE_TOP + PHASE_HEIGHT / 2 + FONT * 0.35,
					"text-anchor", "middle", "font-size", num(FONT), "fill", Palette.INK);
		}
		svg.close();
	}

	private static void milestones(Markup svg, DateScale scale, PlanMessages messages, List<MilestoneView> all) {
		double[] laneEnds = new double[LANES];
		Arrays.fill(laneEnds, Double.NEGATIVE_INFINITY);
		for (MilestoneView milestone : all) {
			if (!scale.contains(milestone.date())) {
				continue;
			}
			double x = scale.x(milestone.date());
			String text = TextMetrics.truncate(
					Formats.shortDate(milestone.date(), messages.locale()) + " " + milestone.title(), LABEL_MAX_EM);
			double textWidth = TextMetrics.em(text) * FONT;
			double left = Math.max(scale.x0(), Math.min(x - 4, scale.x1() - textWidth));
			svg.open("g", "class", "milestone", "data-name", milestone.name());
			svg.element("title", milestone.title() + "  " + Formats.date(milestone.date()));
			TimelineAxis.diamond(svg, x, DIAMOND_Y, 5, Palette.MILESTONE);
			for (int lane = 0; lane < LANES; lane++) {
				if (left > laneEnds[lane] + 6) {
					double labelY = DIAMOND_Y + 8 + (lane + 1) * LANE_HEIGHT - 3;
					svg.element("text", text, "x", left, "y", labelY, "font-size", num(FONT), "fill", Palette.INK);
					laneEnds[lane] = left + textWidth;
					break;
				}
			}
			svg.close();
		}
	}
}
