package plan.dsl.generator.document;

import java.util.List;

import plan.dsl.generator.render.Markup;

/**
 * Writes the outline as one self-contained HTML page: inline CSS only (no script, no external resource,
 * and a Content-Security-Policy that forbids both), laid out for screen and for A4 printing with the
 * margins of the DOCX. Headings h2–h4 carry the numbered section titles under the h1 title.
 */
public final class HtmlRenderer {

	private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";

	private static final String CSS = """
			@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
			body { margin: 0; background: #f4f4f2; color: #1a1a1a; }
			main { max-width: 156mm; margin: 24px auto; padding: 20mm 24mm; background: #fff;
			  box-shadow: 0 1px 4px rgba(0,0,0,.15);
			  font: 16px/1.75 "Times New Roman", FangSong, STFangsong, "仿宋", "Noto Serif CJK SC", serif; }
			main:lang(zh-CN) p.body { text-indent: 2em; }
			h1, h2, h3, h4 { font-family: "Times New Roman", SimHei, "黑体", "Noto Sans CJK SC", sans-serif;
			  font-weight: normal; break-after: avoid; page-break-after: avoid; }
			h1 { font-size: 26px; text-align: center; margin: 0 0 8px; }
			h2 { font-size: 19px; margin: 28px 0 8px; }
			h3 { font-size: 17px; margin: 20px 0 6px; }
			h4 { font-size: 16px; margin: 14px 0 4px; }
			header { text-align: center; margin-bottom: 24px; }
			header p { margin: 2px 0; }
			p, li, td, th { white-space: pre-line; }
			p { margin: 6px 0; }
			p.caption { margin: 12px 0 4px; }
			table { width: 100%; border-collapse: collapse; margin: 8px 0 14px; font-size: 14px; line-height: 1.5; }
			caption { font-weight: bold; padding-bottom: 4px; }
			th, td { border: 1px solid #444; padding: 4px 6px; text-align: left; vertical-align: top; }
			thead th { background: #eceae4; }
			tfoot td { font-weight: bold; }
			thead { display: table-header-group; }
			tr { break-inside: avoid; page-break-inside: avoid; }
			@media print {
			  body { background: none; }
			  main { max-width: none; margin: 0; padding: 0; box-shadow: none; font-size: 15px; }
			}
			""";

	private final Markup html = new Markup(16384);

	public static String render(PlanDocument document) {
		return new HtmlRenderer().document(document);
	}

	private String document(PlanDocument document) {
		html.trusted("<!DOCTYPE html>\n").open("html", "lang", document.languageTag()).newline()
				.open("head").newline()
				.empty("meta", "charset", "utf-8").newline()
				.empty("meta", "http-equiv", "Content-Security-Policy", "content", CSP).newline()
				.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
				.element("title", document.title()).newline()
				.trusted("<style>\n" + CSS + "</style>\n")
				.close().newline()
				.open("body").newline()
				.open("main", "lang", document.languageTag()).newline()
				.open("header").element("h1", document.title());
		if (!document.organization().isEmpty()) {
			html.element("p", document.organization(), "class", "organization");
		}
		document.frontMatter().forEach(line -> html.element("p", line));
		html.close().newline();
		document.sections().forEach(this::section);
		html.close().newline().close().newline().close().newline();
		return html.toString();
	}

	private void section(Section section) {
		html.open("section").newline().element("h" + (section.level() + 1), section.heading()).newline();
		section.blocks().forEach(this::block);
		section.subsections().forEach(this::section);
		html.close().newline();
	}

	private void block(Block block) {
		switch (block) {
			case Block.Paragraph paragraph -> html.element("p", paragraph.text(), "class", "body");
			case Block.Field field -> html.open("p").element("strong", field.label()).text(field.value()).close();
			case Block.Items items -> items(items);
			case Block.Table table -> table(table);
		}
		html.newline();
	}

	private void items(Block.Items items) {
		if (items.caption() != null) {
			html.open("p", "class", "caption").element("strong", items.caption()).close().newline();
		}
		html.open("ul");
		items.items().forEach(item -> html.element("li", item));
		html.close();
	}

	private void table(Block.Table table) {
		html.open("table");
		if (table.caption() != null) {
			html.element("caption", table.caption());
		}
		html.open("thead");
		row("th", table.header());
		html.close().open("tbody");
		table.rows().forEach(row -> row("td", row));
		html.close();
		if (table.hasTotal()) {
			html.open("tfoot");
			row("td", table.total());
			html.close();
		}
		html.close();
	}

	private void row(String cellTag, List<String> cells) {
		html.open("tr");
		cells.forEach(cell -> html.element(cellTag, cell));
		html.close().newline();
	}
}
