package plan.dsl.generator.render;

import plan.dsl.generator.view.PlanHeader;
import plan.dsl.messages.PlanMessages;

/** The head of the dashboard and the brief: organisation, title, theme and slogan, then the key facts. */
public final class PlanHeading {

	private PlanHeading() {
	}

	public static void render(Markup html, PlanHeader header, PlanMessages messages) {
		html.open("header", "class", "plan-heading");
		if (header.organization() != null) {
			html.element("div", header.organization(), "class", "organization");
		}
		html.element("h1", header.title() == null || header.title().isEmpty() ? header.name() : header.title());
		if (header.theme() != null || header.slogan() != null) {
			html.open("div", "class", "theme");
			if (header.theme() != null) {
				html.element("span", header.theme(), "class", "theme-text");
			}
			if (header.slogan() != null) {
				html.element("span", header.slogan(), "class", "slogan");
			}
			html.close();
		}
		html.open("div", "class", "facts");
		if (header.kind() != null) {
			chip(html, messages.get("dashboard.kind." + header.kind().getName()));
		}
		if (header.status() != null) {
			chip(html, messages.get("dashboard.status." + header.status().getName()));
		}
		if (header.version() != null) {
			chip(html, messages.get("dashboard.version", header.version()));
		}
		if (header.periodStart() != null || header.periodEnd() != null) {
			chip(html, messages.get("dashboard.period", Formats.range(header.periodStart(), header.periodEnd())));
		}
		if (header.asOf() != null) {
			html.element("span", messages.get("dashboard.asof", Formats.date(header.asOf())), "class", "chip asof");
		}
		html.close().close();
	}

	private static void chip(Markup html, String text) {
		html.element("span", text, "class", "chip");
	}
}
