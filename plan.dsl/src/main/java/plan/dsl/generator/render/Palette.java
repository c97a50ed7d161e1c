package plan.dsl.generator.render;

import plan.dsl.generator.view.TaskState;

/**
 * Colours shared by the dashboard, the brief and the mind map, written as SVG presentation attributes so a
 * drawing looks the same inline, standalone, on screen and in print. Chosen to stay distinguishable when
 * printed in grey: states differ in lightness, not only in hue.
 */
public final class Palette {

	public static final String INK = "#1f2933";
	public static final String MUTED = "#616e7c";
	public static final String GRID = "#e4e7eb";
	public static final String CRITICAL = "#b42318";
	public static final String ASOF = "#d64545";
	public static final String MILESTONE = "#7c5e10";
	public static final String DEPENDENCY = "#52606d";

	private static final String[] PHASES = { "#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3", "#e0e7ff", "#ccfbf1" };

	private Palette() {
	}

	/** Fill of the n-th phase, cycling. */
	public static String phase(int index) {
		return PHASES[Math.floorMod(index, PHASES.length)];
	}

	public static String state(TaskState state) {
		return switch (state) {
			case PLANNED -> "#9aa5b1";
			case ACTIVE -> "#2f80ed";
			case DONE -> "#1f9d55";
			case LATE -> "#e12d39";
			case CANCELLED -> "#cbd2d9";
		};
	}
}
