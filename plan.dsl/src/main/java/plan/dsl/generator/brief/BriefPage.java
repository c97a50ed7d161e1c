package plan.dsl.generator.brief;

import java.util.List;
import java.util.function.Consumer;

import plan.dsl.generator.render.Formats;
import plan.dsl.generator.render.HtmlPage;
import plan.dsl.generator.render.Markup;
import plan.dsl.generator.render.PlanHeading;
import plan.dsl.generator.render.TextMetrics;
import plan.dsl.generator.render.TimelineStrip;
import plan.dsl.generator.view.BudgetView;
import plan.dsl.generator.view.GoalView;
import plan.dsl.generator.view.OwnerView;
import plan.dsl.generator.view.PlanView;
import plan.dsl.generator.view.ProjectView;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;

/**
 * The one-page brief (一页纸简报) on A4: theme, goals with measures, featured projects, a timeline strip,
 * owners and the budget total. It stays on one page by construction: every list is capped (the rest is
 * counted as "+N more") and every text is cut to a fixed number of lines measured in em.
 */
public final class BriefPage {

	static final int MAX_GOALS = 4;
	static final int MAX_PROJECTS = 4;
	static final int MAX_OWNERS = 8;
	/** Width of one of the two columns in em of the body font (90 mm at 10.5 pt, with a margin). */
	static final double COLUMN_EM = 23;
	/** Width of the strip in SVG units; it is scaled to the page width (186 mm). */
	static final double STRIP_WIDTH = 700;

	private static final String CSS = HtmlPage.resource(BriefPage.class, "brief.css");

	private final PlanView view;
	private final PlanMessages messages;
	private final Markup html;

	private BriefPage(PlanView view) {
		this.view = view;
		this.messages = PlanMessages.of(view.header().language());
		this.html = HtmlPage.open(HtmlPage.lang(view.header().language()),
				messages.get("brief.pageTitle", view.header().title()), CSS);
	}

	public static String render(PlanView view) {
		return new BriefPage(view).draw();
	}

	private String draw() {
		html.open("div", "class", "page");
		html.element("div", messages.get("brief.label"), "class", "label");
		PlanHeading.render(html, view.header(), messages);
		html.open("div", "class", "columns");
		column("goals", messages.get("brief.goals"), view.goals(), MAX_GOALS, this::goal);
		List<ProjectView> featured = view.projects().stream().filter(ProjectView::featured).toList();
		boolean anyFeatured = !featured.isEmpty();
		column("projects", messages.get(anyFeatured ? "brief.featured" : "brief.projects"),
				anyFeatured ? featured : view.projects(), MAX_PROJECTS, this::project);
		html.close();
		html.open("section", "class", "timeline").element("h2", messages.get("brief.timeline"));
		html.append(TimelineStrip.render(view.timeline(), messages, STRIP_WIDTH)).close();
		html.open("div", "class", "columns");
		column("owners", messages.get("brief.owners"), view.owners(), MAX_OWNERS, this::owner);
		budget(view.budget());
		html.close();
		html.close();
		return html.close().close().toString();
	}

	private <T> void column(String cssClass, String heading, List<T> items, int max, Consumer<T> item) {
		html.open("section", "class", cssClass).element("h2", heading);
		if (items.isEmpty()) {
			html.element("p", messages.get("dashboard.none"), "class", "none");
		}
		items.stream().limit(max).forEach(item);
		if (items.size() > max) {
			html.element("p", messages.get("brief.more", items.size() - max), "class", "more");
		}
		html.close();
	}

	private void goal(GoalView goal) {
		html.open("div", "class", "item goal", "data-name", goal.name());
		html.open("div", "class", "title").element("span", goal.name(), "class", "id")
				.text(" " + TextMetrics.truncate(goal.title(), 2 * COLUMN_EM - 11 - TextMetrics.em(goal.name())))
				.element("span", messages.get("dashboard.smartScore", goal.smartScore()), "class", "smart").close();
		if (goal.measure() != null) {
			GoalView.MeasureView m = goal.measure();
			String values = m.criterion() != null ? messages.get("dashboard.judgedBy", m.criterion())
					: Formats.amount(m.baseline()) + " → " + Formats.amount(m.target());
			line(messages.get("brief.measureIs", m.indicator(), values), "measure", 2);
		}
		String owner = goal.owner() == null ? null : messages.get("dashboard.ownerIs", goal.owner());
		String due = goal.due() == null ? null : messages.get("dashboard.dueIs", Formats.date(goal.due()));
		line(join(owner, due), "meta", 1);
		html.close();
	}

	private void project(ProjectView project) {
		html.open("div", "class", "item project", "data-name", project.name());
		html.open("div", "class", "title").element("span", project.name(), "class", "id")
				.text(" " + TextMetrics.truncate(project.title(), 2 * COLUMN_EM - 5 - TextMetrics.em(project.name())))
				.close();
		String owner = project.owner() == null ? null : messages.get("dashboard.ownerIs", project.owner());
		String progress = project.progress() == null ? null
				: messages.get("dashboard.progress", Formats.percent(project.progress()));
		line(join(join(owner, Formats.range(project.start(), project.end())), progress), "meta", 1);
		if (project.deliverable() != null) {
			line(messages.get("brief.deliverable", project.deliverable()), "deliverable", 1);
		}
		html.close();
	}

	private void owner(OwnerView owner) {
		String who = owner.position() == null ? owner.name()
				: messages.get("brief.withPosition", owner.name(), owner.position());
		String owns = String.join(view.header().language() == DocLanguage.EN ? ", " : "、", owner.owns());
		html.open("div", "class", "owner" + (owner.leader() ? " leader" : ""), "data-name", owner.name());
		line(owns.isEmpty() ? who : messages.get("brief.owns", who, owns), "owner-line", 2);
		html.close();
	}

	private void budget(BudgetView budget) {
		html.open("section", "class", "budget").element("h2", messages.get("brief.budget"));
		if (budget.total() != null) {
			html.element("div", Formats.withUnit(budget.total(), budget.currency()), "class", "total", "data-amount",
					budget.total().toPlainString());
			if (!budget.items().isEmpty()) {
				line(messages.get("brief.items", budget.items().size(),
						Formats.withUnit(budget.itemSum(), budget.currency())), "meta", 1);
			}
		} else if (!budget.projects().isEmpty()) {
			html.element("div", Formats.withUnit(budget.projectSum(), budget.currency()), "class", "total");
			line(messages.get("brief.projectBudgets", budget.projects().size()), "meta", 1);
		} else {
			html.element("p", messages.get("dashboard.none"), "class", "none");
		}
		html.close();
	}

	/**
	 * One block of text cut to about {@code lines} lines of the column; each further line keeps a few em of
	 * slack for breaks that do not fall at the column's end. The style sheet clamps the lines as well.
	 */
	private void line(String text, String cssClass, int lines) {
		if (text == null || text.isEmpty()) {
			return;
		}
		html.element("div", TextMetrics.truncate(text, COLUMN_EM * lines - 4 * (lines - 1)), "class", cssClass);
	}

	private static String join(String a, String b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a + " · " + b;
	}
}
