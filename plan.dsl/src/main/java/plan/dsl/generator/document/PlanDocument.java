package plan.dsl.generator.document;

import java.util.List;

/**
 * The plan document as a format-neutral tree: the outline is built once from the plan and its facts, then
 * Markdown, HTML and DOCX only decide how it looks. Every string in it is plain text; renderers escape it.
 *
 * @param title the plan's title, the first line of the first page
 * @param organization the issuing organisation, empty when the plan names none
 * @param frontMatter further lines under the title and organisation (version, period, status)
 * @param languageTag BCP 47 tag of the document's language ({@code zh-CN} or {@code en})
 * @param sections the numbered top-level sections, in document order
 */
public record PlanDocument(String title, String organization, List<String> frontMatter, String languageTag, List<Section> sections) {

	public PlanDocument {
		organization = organization == null ? "" : organization;
		frontMatter = List.copyOf(frontMatter);
		sections = List.copyOf(sections);
	}
}
