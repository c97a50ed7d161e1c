package plan.dsl.generator.mindmap;

import static plan.dsl.generator.render.Markup.num;

import java.util.Locale;

import plan.dsl.generator.render.Fonts;
import plan.dsl.generator.render.Markup;
import plan.dsl.generator.render.Palette;
import plan.dsl.generator.render.TextMetrics;
import plan.dsl.messages.PlanMessages;

/** Draws a {@link MindMapLayout} as a standalone SVG document: links first, boxes with their text on top. */
public final class MindMapSvg {

	private static final String SUPPORT_LINK = "#9aa5b1";
	private static final String ADDRESS_LINK = "#dd6b20";

	private MindMapSvg() {
	}

	public static String render(MindMapLayout layout, String title, PlanMessages messages) {
		Markup svg = new Markup();
		svg.trusted("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "width", num(layout.width()),
				"height", num(layout.height()), "viewBox", "0 0 " + num(layout.width()) + " " + num(layout.height()),
				"font-family", Fonts.SANS, "role", "img");
		svg.element("title", title);
		svg.empty("rect", "class", "canvas", "x", 0, "y", 0, "width", num(layout.width()), "height",
				num(layout.height()), "fill", "#ffffff");
		svg.open("g", "class", "links");
		treeLinks(svg, layout.root(), layout);
		for (MindMapLayout.Link link : layout.addressLinks()) {
			curve(svg, link.from(), link.to(), ADDRESS_LINK, "5 4", "address");
		}
		svg.close();
		svg.open("g", "class", "nodes");
		layout.nodes().forEach(node -> node(svg, node));
		svg.close();
		legend(svg, layout, messages);
		return svg.close().toString();
	}

	private static void treeLinks(Markup svg, MindNode root, MindMapLayout layout) {
		for (MindNode goal : layout.goals()) {
			curve(svg, root, goal, SUPPORT_LINK, null, "support");
			linkChildren(svg, goal);
		}
	}

	private static void linkChildren(Markup svg, MindNode parent) {
		for (MindNode child : parent.children()) {
			curve(svg, parent, child, SUPPORT_LINK, null, "support");
			linkChildren(svg, child);
		}
	}

	/** A horizontal S-curve from the right edge of {@code from} to the left edge of {@code to}. */
	private static void curve(Markup svg, MindNode from, MindNode to, String colour, String dash, String kind) {
		double x1 = from.x() + from.width();
		double y1 = from.y() + from.height() / 2;
		double x2 = to.x();
		double y2 = to.y() + to.height() / 2;
		double bend = (x2 - x1) / 2;
		svg.empty("path", "class", "link " + kind, "d", "M" + num(x1) + " " + num(y1) + "C" + num(x1 + bend) + " "
				+ num(y1) + " " + num(x2 - bend) + " " + num(y2) + " " + num(x2) + " " + num(y2), "fill", "none",
				"stroke", colour, "stroke-width", "1.5", "stroke-dasharray", dash);
	}

	private static void node(Markup svg, MindNode node) {
		Style style = Style.of(node.kind());
		svg.open("g", "class", "node " + node.kind().name().toLowerCase(Locale.ROOT), "data-name",
				node.name());
		svg.empty("rect", "class", "box", "x", node.x(), "y", node.y(), "width", node.width(), "height",
				node.height(), "rx", style.radius, "fill", style.fill, "stroke", style.stroke, "stroke-width", "1.2",
				"stroke-dasharray", style.dash);
		double lineHeight = node.fontSize() * MindNode.LINE_HEIGHT;
		for (int i = 0; i < node.lines().size(); i++) {
			double baseline = node.y() + MindNode.PAD_Y + i * lineHeight + node.fontSize() * 1.05;
			boolean detail = node.kind() == MindNode.Kind.GOAL && i == node.lines().size() - 1 && node.name() != null;
			svg.element("text", node.lines().get(i), "x", node.x() + MindNode.PAD_X, "y", baseline, "font-size",
					num(node.fontSize()), "fill", detail ? Palette.MUTED : style.ink, "font-weight",
					style.bold && !detail ? "bold" : null, "font-style", style.italic ? "italic" : null);
		}
		svg.close();
	}

	private static void legend(Markup svg, MindMapLayout layout, PlanMessages messages) {
		double y = layout.height() - MindMapLayout.LEGEND_HEIGHT / 2;
		double x = MindMapLayout.MARGIN;
		svg.open("g", "class", "legend");
		svg.empty("line", "x1", x, "x2", x + 28, "y1", y, "y2", y, "stroke", SUPPORT_LINK, "stroke-width", "1.5");
		String supports = messages.get("mindmap.legend.supports");
		svg.element("text", supports, "x", x + 34, "y", y + 4, "font-size", 11, "fill", Palette.INK);
		x += 34 + TextMetrics.em(supports) * 11 + 24;
		svg.empty("line", "x1", x, "x2", x + 28, "y1", y, "y2", y, "stroke", ADDRESS_LINK, "stroke-width", "1.5",
				"stroke-dasharray", "5 4");
		svg.element("text", messages.get("mindmap.legend.addresses"), "x", x + 34, "y", y + 4, "font-size", 11,
				"fill", Palette.INK);
		svg.close();
	}

	/** How each kind of box looks. */
	private record Style(String fill, String stroke, String ink, int radius, String dash, boolean bold,
			boolean italic) {

		static Style of(MindNode.Kind kind) {
			return switch (kind) {
				case ROOT -> new Style(Palette.INK, Palette.INK, "#ffffff", 8, null, true, false);
				case GOAL -> new Style("#e8f1fd", "#2f80ed", Palette.INK, 6, null, true, false);
				case PROJECT -> new Style("#ffffff", "#9aa5b1", Palette.INK, 4, null, false, false);
				case DELIVERABLE -> new Style("#f8fafc", "#cbd2d9", Palette.MUTED, 4, "3 3", false, true);
				case BACKGROUND -> new Style("#fff7ed", ADDRESS_LINK, Palette.INK, 4, null, false, false);
			};
		}
	}
}
