package plan.dsl.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import plan.dsl.facts.PlanFacts;

/**
 * One kind of output generated from a parsed, resolved plan (one class per output, see docs/ARCHITECTURE.md).
 * Implementations read derived facts from {@link PlanFacts} and never recompute them, escape every plan
 * string ({@link Html}), and write only through the {@link OutputFolder}.
 */
public interface PlanOutput {

	/** The id used by {@code --formats}: md, html, docx, dashboard, brief, mindmap, json, ics or csv. */
	String format();

	/**
	 * The file name of this output for a plan, e.g. {@code CXZY2026.dashboard.html}; built from
	 * {@link OutputFolder#safeName(String)} of the plan's name so it never leaves the output folder.
	 */
	String fileName(PlanFacts facts);

	/** Writes this output of the plan into {@code out} and returns the files written. */
	List<Path> write(PlanFacts facts, OutputFolder out) throws IOException;
}
