package plan.dsl.generator.render;

import static plan.dsl.generator.render.Markup.num;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.dsl.generator.view.PhaseView;
import plan.dsl.generator.view.PhaseView.MilestoneView;
import plan.dsl.generator.view.ProjectView;
import plan.dsl.generator.view.TaskState;
import plan.dsl.generator.view.TimelineView;
import plan.dsl.messages.PlanMessages;

/**
 * The Gantt chart of the dashboard: one row per phase, milestone and project under a shared date axis,
 * dependency arrows from the end of a project to the start of the one that comes after it, the critical
 * chain outlined, and the reporting date as a line. The root {@code <svg>} carries the axis in
 * {@code data-first}, {@code data-last}, {@code data-x0} and {@code data-x1}: a date's x is
 * {@code x0 + days(first, date) * (x1 - x0) / days(first, last + 1)}.
 */
public final class GanttChart {

	static final double FONT = 12;
	static final double ROW = 26;
	static final double GROUP_ROW = 22;
	static final double AXIS_HEIGHT = 40;
	static final double PAD = 8;
	static final double BAR = 14;

	private final TimelineView view;
	private final PlanMessages messages;
	private final double width;
	private final Markup svg = new Markup();
	private final Map<String, double[]> projectBars = new HashMap<>();
	private double labelWidth;
	private double y;

	private GanttChart(TimelineView view, PlanMessages messages, double width) {
		this.view = view;
		this.messages = messages;
		this.width = width;
	}

	/** The chart as an inline {@code <svg>} of {@code width} user units, scaled by CSS to its container. */
	public static Markup render(TimelineView view, PlanMessages messages, double width) {
		return new GanttChart(view, messages, width).draw();
	}

	private Markup draw() {
		labelWidth = labelColumnWidth();
		DateScale scale = view.hasAxis() ? new DateScale(view.first(), view.last(), labelWidth + PAD, width - PAD)
				: null;
		Markup rows = new Markup();
		y = AXIS_HEIGHT;
		if (!view.phases().isEmpty()) {
			groupHeader(rows, messages.get("dashboard.phases"));
			for (int i = 0; i < view.phases().size(); i++) {
				phaseRow(rows, scale, view.phases().get(i), i);
			}
			List<MilestoneView> milestones = view.phases().stream().flatMap(p -> p.milestones().stream()).toList();
			if (!milestones.isEmpty()) {
				groupHeader(rows, messages.get("dashboard.milestones"));
				milestones.forEach(m -> milestoneRow(rows, scale, m));
			}
		}
		if (!view.projects().isEmpty()) {
			groupHeader(rows, messages.get("dashboard.projects"));
			view.projects().forEach(p -> projectRow(rows, scale, p));
		}
		double rowsBottom = y;
		Markup arrows = dependencyArrows();
		Markup legend = legend(rowsBottom + PAD);
		double height = y + PAD;

		svg.open("svg", "class", "timeline gantt", "viewBox", "0 0 " + num(width) + " " + num(height), "width",
				num(width), "role", "img", "aria-label", messages.get("dashboard.timeline"), "data-first",
				view.first(), "data-last", view.last(), "data-x0", scale == null ? null : scale.x0(), "data-x1",
				scale == null ? null : scale.x1(), "font-family", Fonts.SANS);
		if (scale != null) {
			phaseBands(scale, rowsBottom);
			TimelineAxis.ticks(svg, scale, messages.locale(), FONT - 1, AXIS_HEIGHT - 8, AXIS_HEIGHT - 4,
					rowsBottom);
		} else {
			svg.element("text", messages.get("dashboard.noAxis"), "x", labelWidth + PAD, "y", AXIS_HEIGHT - 8,
					"font-size", num(FONT), "fill", Palette.MUTED);
		}
		svg.append(rows).append(arrows);
		if (scale != null) {
			TimelineAxis.asOf(svg, scale, view.asOf(), messages.get("dashboard.asof", Formats.date(view.asOf())),
					FONT, 14, 18, rowsBottom);
		}
		return svg.append(legend).close();
	}

	private double labelColumnWidth() {
		double widest = 0;
		for (PhaseView phase : view.phases()) {
			widest = Math.max(widest, TextMetrics.em(label(phase.name(), phase.title())));
			for (MilestoneView m : phase.milestones()) {
				widest = Math.max(widest, TextMetrics.em(label(m.name(), m.title())));
			}
		}
		for (ProjectView project : view.projects()) {
			widest = Math.max(widest, TextMetrics.em(label(project.name(), project.title())));
		}
		return Math.max(140, Math.min(widest * FONT + 2 * PAD, width * 0.3));
	}

	private static String label(String name, String title) {
		return title == null || title.isEmpty() ? name : name + " " + title;
	}

	private void groupHeader(Markup rows, String text) {
		rows.element("text", text, "class", "group", "x", 4, "y", y + GROUP_ROW - 7, "font-size", num(FONT - 1),
				"font-weight", "bold", "fill", Palette.MUTED);
		rows.empty("line", "x1", 0, "x2", width, "y1", y + GROUP_ROW - 1, "y2", y + GROUP_ROW - 1, "stroke",
				Palette.GRID);
		y += GROUP_ROW;
	}

	private void rowLabel(Markup rows, String name, String title, boolean bold) {
		rows.element("text", TextMetrics.truncate(label(name, title), (labelWidth - 2 * PAD) / FONT), "class",
				"row-label", "x", PAD, "y", y + ROW / 2 + FONT * 0.35, "font-size", num(FONT), "fill", Palette.INK,
				"font-weight", bold ? "bold" : null);
	}

	private void phaseRow(Markup rows, DateScale scale, PhaseView phase, int index) {
		rows.open("g", "class", "row phase", "data-name", phase.name());
		rows.element("title", label(phase.name(), phase.title()) + "  " + Formats.range(phase.start(), phase.end()));
		rowLabel(rows, phase.name(), phase.title(), false);
		if (scale != null && phase.hasDates()) {
			double x0 = scale.x(phase.start());
			rows.empty("rect", "class", "bar phase", "data-name", phase.name(), "x", x0, "y", y + (ROW - 12) / 2,
					"width", scale.xEnd(phase.end()) - x0, "height", 12, "rx", 2, "fill", Palette.phase(index),
					"stroke", Palette.MUTED, "stroke-width", "0.5");
		} else {
			noDates(rows);
		}
		rows.close();
		y += ROW;
	}

	private void milestoneRow(Markup rows, DateScale scale, MilestoneView milestone) {
		rows.open("g", "class", "row milestone", "data-name", milestone.name(), "data-date", milestone.date());
		rows.element("title", label(milestone.name(), milestone.title()) + "  " + Formats.date(milestone.date()));
		rowLabel(rows, milestone.name(), milestone.title(), false);
		if (scale != null && scale.contains(milestone.date())) {
			double x = scale.x(milestone.date());
			TimelineAxis.diamond(rows, x, y + ROW / 2, 6, Palette.MILESTONE);
			String date = Formats.shortDate(milestone.date(), messages.locale());
			double textWidth = TextMetrics.em(date) * (FONT - 1);
			boolean right = x + 10 + textWidth <= scale.x1();
			rows.element("text", date, "x", right ? x + 10 : x - 10, "y", y + ROW / 2 + FONT * 0.35, "text-anchor",
					right ? "start" : "end", "font-size", num(FONT - 1), "fill", Palette.MILESTONE);
		} else {
			noDates(rows);
		}
		rows.close();
		y += ROW;
	}

	private void projectRow(Markup rows, DateScale scale, ProjectView project) {
		rows.open("g", "class", "row project state-" + project.state().cssName(),
				"data-name", project.name());
		rows.element("title", label(project.name(), project.title()) + "  "
				+ Formats.range(project.start(), project.end()) + "  " + messages.get(project.state().key()));
		rowLabel(rows, project.name(), project.title(), project.critical());
		if (scale != null && project.hasDates() && scale.contains(project.start()) && scale.contains(project.end())) {
			projectBar(rows, scale, project);
		} else {
			noDates(rows);
		}
		rows.close();
		y += ROW;
	}

	private void projectBar(Markup rows, DateScale scale, ProjectView project) {
		double x0 = scale.x(project.start());
		double x1 = scale.xEnd(project.end());
		double top = y + (ROW - BAR) / 2;
		String colour = Palette.state(project.state());
		rows.empty("rect", "class", "bar project" + (project.critical() ? " critical" : ""), "data-name",
				project.name(), "x", x0, "y", top, "width", x1 - x0, "height", BAR, "rx", 3, "fill", colour,
				"fill-opacity", project.progress() == null ? "0.9" : "0.45", "stroke",
				project.critical() ? Palette.CRITICAL : "none", "stroke-width", project.critical() ? "2.5" : null);
		if (project.progress() != null) {
			double share = Math.max(0, Math.min(100, project.progress().doubleValue())) / 100;
			if (share > 0) {
				rows.empty("rect", "class", "progress", "x", x0, "y", top, "width", (x1 - x0) * share, "height", BAR,
						"rx", 3, "fill", colour);
			}
			String text = Formats.percent(project.progress());
			double textWidth = TextMetrics.em(text) * (FONT - 1) + 4;
			boolean right = x1 + textWidth <= scale.x1();
			rows.element("text", text, "class", "progress-label", "x", right ? x1 + 4 : x0 - 4, "y",
					y + ROW / 2 + FONT * 0.35, "text-anchor", right ? "start" : "end", "font-size", num(FONT - 1),
					"fill", Palette.INK);
		}
		projectBars.put(project.name(), new double[] { x0, x1, y + ROW / 2 });
	}

	private void noDates(Markup rows) {
		rows.element("text", messages.get("dashboard.noDates"), "class", "no-dates", "x", labelWidth + PAD, "y",
				y + ROW / 2 + FONT * 0.35, "font-size", num(FONT - 1), "fill", Palette.MUTED, "font-style", "italic");
	}

	/** Light vertical bands per phase behind all rows, so a project's phase reads at a glance. */
	private void phaseBands(DateScale scale, double bottom) {
		for (int i = 0; i < view.phases().size(); i++) {
			PhaseView phase = view.phases().get(i);
			if (phase.hasDates() && scale.contains(phase.start()) && scale.contains(phase.end())) {
				double x0 = scale.x(phase.start());
				svg.empty("rect", "class", "phase-band", "x", x0, "y", AXIS_HEIGHT - 4, "width",
						scale.xEnd(phase.end()) - x0, "height", bottom - AXIS_HEIGHT + 4, "fill", Palette.phase(i),
						"fill-opacity", "0.35");
			}
		}
	}

	/** Elbow arrows from the end of each dependency to the start of the project after it. */
	private Markup dependencyArrows() {
		Markup arrows = new Markup();
		Map<String, ProjectView> byName = new HashMap<>();
		view.projects().forEach(p -> byName.putIfAbsent(p.name(), p));
		for (ProjectView project : view.projects()) {
			double[] to = projectBars.get(project.name());
			for (String before : project.after()) {
				double[] from = projectBars.get(before);
				if (to == null || from == null) {
					continue;
				}
				ProjectView predecessor = byName.get(before);
				boolean critical = project.critical() && predecessor.critical()
						&& project.chainIndex() == predecessor.chainIndex() + 1;
				arrow(arrows, from[1], from[2], to[0], to[2], critical, before, project.name());
			}
		}
		return arrows;
	}

	private static void arrow(Markup arrows, double x0, double y0, double x1, double y1, boolean critical,
			String from, String to) {
		double turn = y1 + (y0 < y1 ? -ROW / 2 : ROW / 2);
		String colour = critical ? Palette.CRITICAL : Palette.DEPENDENCY;
		String d = "M" + num(x0) + " " + num(y0) + "H" + num(x0 + 6) + "V" + num(turn) + "H" + num(x1 - 10) + "V"
				+ num(y1) + "H" + num(x1 - 5);
		arrows.open("g", "class", "dependency" + (critical ? " critical" : ""), "data-from", from, "data-to", to);
		arrows.empty("path", "d", d, "fill", "none", "stroke", colour, "stroke-width", critical ? "2" : "1.2");
		arrows.empty("path", "d", "M" + num(x1) + " " + num(y1) + "l-6 -4v8z", "fill", colour);
		arrows.close();
	}

	/** What the colours and marks mean, wrapped onto as many lines as the width needs. */
	private Markup legend(double top) {
		Markup legend = new Markup();
		legend.open("g", "class", "legend");
		double x = PAD;
		double line = top + 12;
		Set<TaskState> states = EnumSet.of(TaskState.PLANNED, TaskState.ACTIVE, TaskState.DONE, TaskState.LATE);
		view.projects().forEach(p -> states.add(p.state()));
		List<String[]> entries = new ArrayList<>();
		for (TaskState state : states) {
			entries.add(new String[] { "state", messages.get(state.key()), Palette.state(state) });
		}
		entries.add(new String[] { "critical", messages.get("dashboard.critical"), Palette.CRITICAL });
		entries.add(new String[] { "dependency", messages.get("dashboard.dependency"), Palette.DEPENDENCY });
		entries.add(new String[] { "milestone", messages.get("dashboard.milestone"), Palette.MILESTONE });
		entries.add(new String[] { "asof", messages.get("dashboard.asofLegend"), Palette.ASOF });
		for (String[] entry : entries) {
			double entryWidth = 22 + TextMetrics.em(entry[1]) * (FONT - 1) + 16;
			if (x + entryWidth > width && x > PAD) {
				x = PAD;
				line += 18;
			}
			swatch(legend, entry[0], entry[2], x, line - 9);
			legend.element("text", entry[1], "x", x + 22, "y", line, "font-size", num(FONT - 1), "fill", Palette.INK);
			x += entryWidth;
		}
		y = line + 6;
		return legend.close();
	}

	private static void swatch(Markup legend, String kind, String colour, double x, double top) {
		switch (kind) {
			case "critical" -> legend.empty("rect", "x", x, "y", top, "width", 16, "height", 10, "rx", 2, "fill",
					"#ffffff", "stroke", colour, "stroke-width", "2.5");
			case "dependency" -> legend.empty("path", "d", "M" + num(x) + " " + num(top + 5) + "h11l-5 -4v8l5 -4",
					"stroke", colour, "fill", colour, "stroke-width", "1.2");
			case "milestone" -> TimelineAxis.diamond(legend, x + 8, top + 5, 5, colour);
			case "asof" -> legend.empty("line", "x1", x + 8, "x2", x + 8, "y1", top - 2, "y2", top + 12, "stroke",
					colour, "stroke-width", "1.5", "stroke-dasharray", "4 3");
			default -> legend.empty("rect", "x", x, "y", top, "width", 16, "height", 10, "rx", 2, "fill", colour);
		}
	}
}
