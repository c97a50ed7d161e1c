package plan.dsl.generator.data;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.SourceText;
import plan.dsl.facts.Span;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.SingleFileOutput;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage.Literals;
import plan.dsl.plan.Project;

/**
 * {@code <Name>.csv}: one row per project (RFC 4180 via Commons CSV: comma-separated, CRLF, fields with
 * commas, quotes or line breaks quoted), UTF-8 with a byte order mark so Excel shows Chinese correctly.
 * <p>
 * The header holds fixed English column ids whatever the plan's language: the file is data for scripts
 * and spreadsheets that combine plans, so a column keeps its name across plans (a reader sees Chinese
 * content under {@code title} either way). Dates are a project's effective dates from the schedule;
 * {@code budget} is the bare amount so a spreadsheet can sum it, its currency in {@code currency};
 * {@code supports} lists goal names, qualified ({@code OtherPlan.G1}) for another plan's goals.
 * <p>
 * Free text that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @} first)
 * is prefixed with an apostrophe, the usual defence against CSV formula injection: a title runs as a
 * formula in no one's Excel, just as a {@code <script>} in a title runs in no one's browser.
 */
public final class CsvExport extends SingleFileOutput {

	public static final List<String> HEADER = List.of("name", "title", "type", "owner", "start", "end", "supports",
			"deliverable", "standard", "budget", "currency", "status", "featured");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
			.setHeader(HEADER.toArray(String[]::new))
			.get();

	public CsvExport() {
		super("csv", ".csv");
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		List<List<String>> rows = rows(facts);
		return List.of(out.write(fileName(facts), stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			writer.write(BYTE_ORDER_MARK);
			try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
				printer.printRecords(rows);
			}
		}));
	}

	/** The cells of every project, in {@link #HEADER} order and written order of the projects. */
	public List<List<String>> rows(PlanFacts facts) {
		List<List<String>> rows = new ArrayList<>();
		for (Project project : facts.plan().getProjects()) {
			Span span = facts.schedule().span(project);
			boolean hasBudget = project.getBudget() != null && project.getBudget().getAmount() != null;
			rows.add(Arrays.asList(
					project.getName(),
					spreadsheetSafe(project.getTitle()),
					project.getType(),
					References.name(project, Literals.PROJECT__OWNER),
					span.start() == null ? null : span.start().toString(),
					span.end() == null ? null : span.end().toString(),
					supports(facts.plan(), project),
					spreadsheetSafe(project.getDeliverable()),
					spreadsheetSafe(project.getStandard()),
					hasBudget ? project.getBudget().getAmount().toPlainString() : null,
					hasBudget ? project.getBudget().getCurrency() : null,
					SourceText.isWritten(project, Literals.PROJECT__STATUS) ? project.getStatus().getLiteral() : null,
					Boolean.toString(project.isFeatured())));
		}
		return rows;
	}

	private static String supports(Plan plan, Project project) {
		List<Goal> goals = project.getSupports();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			Plan declaring = References.planOf(goals.get(i));
			String name = References.name(project, Literals.PROJECT__SUPPORTS, goals.get(i), i);
			names.add(declaring == null || declaring == plan ? name : declaring.getName() + "." + name);
		}
		return String.join(", ", names);
	}

	/** Text a spreadsheet would evaluate as a formula, made literal with a leading apostrophe. */
	static String spreadsheetSafe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
