package plan.dsl.generator;

import java.util.List;
import java.util.Optional;

import plan.dsl.generator.data.CsvExport;
import plan.dsl.generator.data.ICalendarExport;
import plan.dsl.generator.data.JsonExport;
import plan.dsl.generator.document.DocxDocument;
import plan.dsl.generator.document.HtmlDocument;
import plan.dsl.generator.document.MarkdownDocument;

/** Every output a plan can be generated into, in the order they are listed to users. One line per output. */
public final class PlanOutputs {

	private static final List<PlanOutput> ALL = List.of(
			new MarkdownDocument(),
			new HtmlDocument(),
			new DocxDocument(),
			new JsonExport(),
			new ICalendarExport(),
			new CsvExport());

	private PlanOutputs() {
	}

	public static List<PlanOutput> all() {
		return ALL;
	}

	/** The format ids, in the order users see them (for help texts and error messages). */
	public static List<String> formats() {
		return ALL.stream().map(PlanOutput::format).toList();
	}

	/** The output whose {@link PlanOutput#format()} is {@code format}, e.g. {@code docx}. */
	public static Optional<PlanOutput> byFormat(String format) {
		return ALL.stream().filter(output -> output.format().equals(format)).findFirst();
	}
}
