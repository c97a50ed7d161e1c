package plan.dsl.generator.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import plan.dsl.plan.DocLanguage;

/**
 * The frame of a self-contained HTML output: doctype, UTF-8, the language, and a content security policy
 * that forbids every script and every request, so the page works from {@code file://} and in an editor's
 * webview and nothing in it can run even if text ever escaped escaping.
 */
public final class HtmlPage {

	static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

	private HtmlPage() {
	}

	/** Opens {@code <html>} and {@code <body>}; the caller closes both with {@link Markup#close()} twice. */
	public static Markup open(String lang, String title, String css) {
		Markup page = new Markup(64 * 1024);
		page.trusted("<!DOCTYPE html>\n");
		page.open("html", "lang", lang);
		page.open("head");
		page.empty("meta", "charset", "utf-8");
		page.empty("meta", "http-equiv", "Content-Security-Policy", "content", POLICY);
		page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		page.element("title", title);
		page.open("style").trusted(css).close();
		page.close();
		return page.open("body");
	}

	/** The {@code lang} attribute for a plan's document language. */
	public static String lang(DocLanguage language) {
		return language == DocLanguage.EN ? "en" : "zh-CN";
	}

	/** A style sheet shipped beside {@code owner} on the class path (UTF-8). */
	public static String resource(Class<?> owner, String name) {
		try (InputStream in = owner.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
