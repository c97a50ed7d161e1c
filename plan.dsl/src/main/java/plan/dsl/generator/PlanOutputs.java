package plan.dsl.generator;

import java.util.List;
import java.util.Optional;

import plan.dsl.generator.brief.BriefOutput;
import plan.dsl.generator.dashboard.DashboardOutput;
import plan.dsl.generator.dashboard.OpenProblems;
import plan.dsl.generator.data.CsvExport;
import plan.dsl.generator.data.ICalendarExport;
import plan.dsl.generator.data.JsonExport;
import plan.dsl.generator.document.DocxDocument;
import plan.dsl.generator.document.HtmlDocument;
import plan.dsl.generator.document.MarkdownDocument;
import plan.dsl.generator.mindmap.MindMapOutput;

/**
 * Every output a plan can be generated into, in the order they are listed to users. One line per output.
 * The dashboard shows the open problems that the caller already found by validating ({@link OpenProblems}).
 */
public final class PlanOutputs {

	private PlanOutputs() {
	}

	/** All outputs, the dashboard listing the problems {@code problems} gives for each plan. */
	public static List<PlanOutput> all(OpenProblems problems) {
		return List.of(
				new MarkdownDocument(),
				new HtmlDocument(),
				new DocxDocument(),
				new DashboardOutput(problems),
				new BriefOutput(),
				new MindMapOutput(),
				new JsonExport(),
				new ICalendarExport(),
				new CsvExport());
	}

	/** All outputs for a caller that did not validate: the dashboard says so instead of claiming no problems. */
	public static List<PlanOutput> all() {
		return all(OpenProblems.NOT_VALIDATED);
	}

	/** The format ids, in the order users see them (for help texts and error messages). */
	public static List<String> formats() {
		return all().stream().map(PlanOutput::format).toList();
	}

	/** The output whose {@link PlanOutput#format()} is {@code format}, e.g. {@code docx}. */
	public static Optional<PlanOutput> byFormat(String format, OpenProblems problems) {
		return all(problems).stream().filter(output -> output.format().equals(format)).findFirst();
	}

	public static Optional<PlanOutput> byFormat(String format) {
		return byFormat(format, OpenProblems.NOT_VALIDATED);
	}
}
