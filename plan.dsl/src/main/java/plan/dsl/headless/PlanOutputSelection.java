package plan.dsl.headless;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.generator.dashboard.OpenProblems;

/**
 * What the command line and the Maven plugin share about generating: which outputs a list of format ids
 * selects, and the subfolder a plan's outputs go into when several plans are generated.
 */
public final class PlanOutputSelection {

	private PlanOutputSelection() {
	}

	/** The outputs named by {@code formats} (all when null or empty), in the order given, each once. */
	public static List<PlanOutput> select(List<String> formats, OpenProblems problems) throws PlanInputException {
		if (formats == null || formats.isEmpty()) {
			return PlanOutputs.all(problems);
		}
		List<PlanOutput> selected = new ArrayList<>();
		for (String format : new LinkedHashSet<>(formats)) {
			selected.add(PlanOutputs.byFormat(format.trim(), problems).orElseThrow(() -> new PlanInputException(
					"unknown format '" + format + "'; choose from " + String.join(",", PlanOutputs.formats()))));
		}
		return selected;
	}

	/** "plans/a.plan" becomes "plans/a": outputs mirror the layout of the sources and never leave the folder. */
	public static String subfolderFor(String shownAs) {
		String withoutExtension = shownAs.endsWith(".plan") ? shownAs.substring(0, shownAs.length() - 5) : shownAs;
		StringBuilder safe = new StringBuilder();
		for (String segment : withoutExtension.replace('\\', '/').split("/")) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				continue;
			}
			safe.append(safe.length() == 0 ? "" : "/").append(OutputFolder.safeName(segment));
		}
		return safe.length() == 0 ? "plan" : safe.toString();
	}
}
