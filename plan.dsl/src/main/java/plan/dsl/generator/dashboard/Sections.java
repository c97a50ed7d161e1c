package plan.dsl.generator.dashboard;

import plan.dsl.generator.render.Markup;

/** The card every part of the dashboard sits in. */
final class Sections {

	private Sections() {
	}

	/** Opens {@code <section>} with its heading; the caller closes it. */
	static Markup open(Markup html, String cssClass, String heading) {
		html.open("section", "class", "card " + cssClass);
		return html.element("h2", heading);
	}

	/** A muted line for a part the plan does not have. */
	static Markup none(Markup html, String text) {
		return html.element("p", text, "class", "none");
	}
}
