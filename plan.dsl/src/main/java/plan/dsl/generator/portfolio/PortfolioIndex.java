package plan.dsl.generator.portfolio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import plan.dsl.generator.Html;
import plan.dsl.generator.OutputFolder;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;
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

	public static String render(List<PortfolioEntry> entries) {
		PlanMessages m = messages(entries);
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(m.locale().getLanguage()).append("\">\n<head>\n")
				.append("<meta charset=\"utf-8\">\n")
				.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
				.append("<title>").append(Html.escape(m.get("portfolio.title"))).append("</title>\n<style>\n")
				.append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#222}\n")
				.append("table{border-collapse:collapse;width:100%;margin-bottom:2em}\n")
				.append("th,td{border:1px solid #bbb;padding:.35em .6em;text-align:left;vertical-align:top}\n")
				.append("th{background:#eef2f7}.num{text-align:right}.bad{color:#b00020}.warn{color:#9a6700}\n")
				.append("a{color:#0b57d0}\n</style>\n</head>\n<body>\n");
		html.append("<h1>").append(Html.escape(m.get("portfolio.title"))).append("</h1>\n");
		plansTable(entries, m, html);
		alignmentTable(entries, m, html);
		return html.append("</body>\n</html>\n").toString();
	}

	private static void plansTable(List<PortfolioEntry> entries, PlanMessages m, StringBuilder html) {
		html.append("<table id=\"plans\">\n<tr>");
		for (String key : List.of("portfolio.plan", "portfolio.kind", "portfolio.status", "portfolio.period",
				"portfolio.completeness", "portfolio.problems", "portfolio.outputs")) {
			html.append("<th>").append(Html.escape(m.get(key))).append("</th>");
		}
		html.append("</tr>\n");
		for (PortfolioEntry entry : entries) {
			Plan plan = entry.facts().plan();
			html.append("<tr><td><strong>").append(Html.escape(plan.getTitle())).append("</strong><br>")
					.append(Html.escape(plan.getName())).append(" · ").append(Html.escape(entry.source()))
					.append("</td><td>").append(Html.escape(entry.facts().completeness().kind().getLiteral()))
					.append("</td><td>").append(Html.escape(plan.getStatus().getLiteral())).append("</td><td>")
					.append(plan.getPeriod() == null ? "" : Html.escape(plan.getPeriod().getFrom() + " – " + plan.getPeriod().getTo()))
					.append("</td><td class=\"num\">").append(entry.facts().completeness().percent()).append(" %</td><td>")
					.append(problems(entry, m)).append("</td><td>");
			for (String output : entry.outputs()) {
				html.append("<a href=\"").append(Html.escape(link(output))).append("\">")
						.append(Html.escape(Path.of(output).getFileName().toString())).append("</a> ");
			}
			html.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static String problems(PortfolioEntry entry, PlanMessages m) {
		if (entry.errors() == 0 && entry.warnings() == 0) {
			return Html.escape(m.get("portfolio.no-problems"));
		}
		return "<span class=\"bad\">" + Html.escape(m.get("portfolio.errors", entry.errors())) + "</span>, "
				+ "<span class=\"warn\">" + Html.escape(m.get("portfolio.warnings", entry.warnings())) + "</span>";
	}

	/** Each path segment percent-encoded where needed, so Chinese names and spaces make working links. */
	private static String link(String relative) {
		StringBuilder encoded = new StringBuilder();
		for (String segment : relative.replace('\\', '/').split("/")) {
			if (encoded.length() > 0) {
				encoded.append('/');
			}
			encoded.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return encoded.toString();
	}

	/** Rows "goal or project of one plan → goal of another plan" for every cross-plan {@code supports}. */
	private static void alignmentTable(List<PortfolioEntry> entries, PlanMessages m, StringBuilder html) {
		StringBuilder rows = new StringBuilder();
		for (PortfolioEntry entry : entries) {
			Plan plan = entry.facts().plan();
			for (Goal goal : plan.getGoals()) {
				alignmentRows(plan, goal, goal.getName(), goal.getTitle(), goal.getSupports(), rows);
			}
			for (Project project : plan.getProjects()) {
				alignmentRows(plan, project, project.getName(), project.getTitle(), project.getSupports(), rows);
			}
		}
		html.append("<h2>").append(Html.escape(m.get("portfolio.alignment"))).append("</h2>\n");
		if (rows.length() == 0) {
			html.append("<p id=\"alignment\">").append(Html.escape(m.get("portfolio.no-alignment"))).append("</p>\n");
			return;
		}
		html.append("<table id=\"alignment\">\n<tr><th>").append(Html.escape(m.get("portfolio.from")))
				.append("</th><th>").append(Html.escape(m.get("portfolio.supports"))).append("</th></tr>\n")
				.append(rows).append("</table>\n");
	}

	private static void alignmentRows(Plan plan, EObject source, String name, String title, List<Goal> supported,
			StringBuilder rows) {
		for (Goal goal : supported) {
			if (goal.eIsProxy()) {
				continue; // unresolved: validation reports it
			}
			Plan other = EcoreUtil2.getContainerOfType(goal, Plan.class);
			if (other == null || other == plan) {
				continue;
			}
			rows.append("<tr><td>").append(Html.escape(plan.getName() + "." + name)).append(" “")
					.append(Html.escape(title)).append("”</td><td>").append(Html.escape(other.getName() + "." + goal.getName()))
					.append(" “").append(Html.escape(goal.getTitle())).append("”</td></tr>\n");
		}
	}
}
