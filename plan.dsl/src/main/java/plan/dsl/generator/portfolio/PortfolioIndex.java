package plan.dsl.generator.portfolio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;

import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.render.Markup;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanKind;
import plan.dsl.plan.Project;

/**
 * {@code index.html} for a folder of plans: every plan with its status, period, completeness and problems,
 * links to its outputs, and the goal alignment across plans ({@code supports OtherPlan.Goal}).
 * Self-contained (inline CSS, no script); every plan string is escaped.
 */
public final class PortfolioIndex {

	public static final String FILE_NAME = "index.html";

	private PortfolioIndex() {
	}

	public static Path write(List<PortfolioEntry> entries, OutputFolder out) throws IOException {
		return out.writeString(FILE_NAME, render(entries));
	}

	/** Headings follow the plans: English only when every plan is written for English readers. */
	static PlanMessages messages(List<PortfolioEntry> entries) {
		boolean allEnglish = !entries.isEmpty()
				&& entries.stream().allMatch(e -> e.facts().plan().getLanguage() == DocLanguage.EN);
		return PlanMessages.of(allEnglish ? DocLanguage.EN : DocLanguage.ZH);
	}

	private static final String CSS = """
			body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
			table{border-collapse:collapse;width:100%;margin-bottom:2em}
			th,td{border:1px solid #bbb;padding:.35em .6em;text-align:left;vertical-align:top}
			th{background:#eef2f7}.num{text-align:right}.bad{color:#b00020}.warn{color:#9a6700}
			a{color:#0b57d0}
			""";

	public static String render(List<PortfolioEntry> entries) {
		PlanMessages m = messages(entries);
		Markup html = new Markup(4096);
		html.trusted("<!DOCTYPE html>\n").open("html", "lang", m.locale().getLanguage()).newline()
				.open("head").newline()
				.empty("meta", "charset", "utf-8").newline()
				.empty("meta", "http-equiv", "Content-Security-Policy", "content",
						"default-src 'none'; style-src 'unsafe-inline'").newline()
				.element("title", m.get("portfolio.title")).newline()
				.trusted("<style>\n" + CSS + "</style>\n")
				.close().newline()
				.open("body").newline()
				.element("h1", m.get("portfolio.title")).newline();
		plansTable(entries, m, html);
		alignmentTable(entries, m, html);
		return html.close().newline().close().newline().toString();
	}

	private static void plansTable(List<PortfolioEntry> entries, PlanMessages m, Markup html) {
		html.open("table", "id", "plans").newline().open("tr");
		for (String key : List.of("portfolio.plan", "portfolio.kind", "portfolio.status", "portfolio.period",
				"portfolio.completeness", "portfolio.problems", "portfolio.outputs")) {
			html.element("th", m.get(key));
		}
		html.close().newline();
		for (PortfolioEntry entry : entries) {
			Plan plan = entry.facts().plan();
			PlanKind kind = entry.facts().completeness().kind();
			html.open("tr").open("td").element("strong", plan.getTitle()).empty("br")
					.text(plan.getName() + " · " + entry.source()).close()
					// a draft may lack its kind: a warning, not an error, so it is generated
					.element("td", kind == null ? "" : kind.getLiteral())
					.element("td", plan.getStatus().getLiteral())
					.element("td", plan.getPeriod() == null ? "" : plan.getPeriod().getFrom() + " – " + plan.getPeriod().getTo())
					.element("td", entry.facts().completeness().percent() + " %", "class", "num");
			html.open("td");
			problems(entry, m, html);
			html.close().open("td");
			for (String output : entry.outputs()) {
				html.relativeLink(output, Path.of(output).getFileName().toString()).text(" ");
			}
			html.close().close().newline();
		}
		html.close().newline();
	}

	private static void problems(PortfolioEntry entry, PlanMessages m, Markup html) {
		if (entry.errors() == 0 && entry.warnings() == 0) {
			html.text(m.get("portfolio.no-problems"));
			return;
		}
		html.element("span", m.get("portfolio.errors", entry.errors()), "class", "bad").text(", ")
				.element("span", m.get("portfolio.warnings", entry.warnings()), "class", "warn");
	}

	/** Rows "goal or project of one plan → goal of another plan" for every cross-plan {@code supports}. */
	private static void alignmentTable(List<PortfolioEntry> entries, PlanMessages m, Markup html) {
		Markup rows = new Markup();
		for (PortfolioEntry entry : entries) {
			Plan plan = entry.facts().plan();
			for (Goal goal : plan.getGoals()) {
				alignmentRows(plan, goal.getName(), goal.getTitle(), goal.getSupports(), rows);
			}
			for (Project project : plan.getProjects()) {
				alignmentRows(plan, project.getName(), project.getTitle(), project.getSupports(), rows);
			}
		}
		html.element("h2", m.get("portfolio.alignment")).newline();
		if (rows.toString().isEmpty()) {
			html.element("p", m.get("portfolio.no-alignment"), "id", "alignment").newline();
			return;
		}
		html.open("table", "id", "alignment").newline()
				.open("tr").element("th", m.get("portfolio.from")).element("th", m.get("portfolio.supports")).close()
				.newline().append(rows).close().newline();
	}

	private static void alignmentRows(Plan plan, String name, String title, List<Goal> supported, Markup rows) {
		for (Goal goal : supported) {
			if (goal.eIsProxy()) {
				continue; // unresolved: validation reports it
			}
			Plan other = EcoreUtil2.getContainerOfType(goal, Plan.class);
			if (other == null || other == plan) {
				continue;
			}
			rows.open("tr").element("td", plan.getName() + "." + name + " “" + title + "”")
					.element("td", other.getName() + "." + goal.getName() + " “" + goal.getTitle() + "”").close().newline();
		}
	}
}
