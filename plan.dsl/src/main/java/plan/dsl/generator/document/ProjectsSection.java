package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plan.dsl.facts.Span;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Project;

/**
 * 内容与载体: the project list (项目清单) with the goals each supports, owner, effective dates, deliverable and
 * evaluation standard, then the featured projects, their integration with business work and dependencies.
 */
final class ProjectsSection {

	private final DocumentContext context;
	private final Wording words;

	ProjectsSection(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		List<Project> projects = context.plan().getProjects();
		List<List<String>> rows = new ArrayList<>();
		for (Project project : projects) {
			rows.add(List.of(name(project), words.projectType(project.getType()), goals(project),
					words.party(project.getOwner()), dates(project), cell(project.getDeliverable()),
					cell(project.getStandard())));
		}
		List<String> header = List.of(words.text("doc.col.project"), words.text("doc.col.type"),
				words.text("doc.col.goals"), words.text("doc.col.owner"), words.text("doc.col.timeNodes"),
				words.text("doc.col.deliverable"), words.text("doc.col.standard"));
		List<String> featured = projects.stream().filter(Project::isFeatured).map(Project::getTitle)
				.map(SectionContent::cell).toList();
		List<String> integrations = projects.stream().filter(project -> SectionContent.present(project.getIntegrates()))
				.map(project -> words.labelled(cell(project.getTitle()), project.getIntegrates())).toList();
		List<String> dependencies = new ArrayList<>();
		for (Project project : projects) {
			for (Project before : project.getAfter()) {
				dependencies.add(words.text("doc.dependency", cell(project.getTitle()), cell(before.getTitle())));
			}
		}
		return new SectionContent()
				.table(new Block.Table(words.text("doc.table.projects"), header, rows, null))
				.field(words.label("doc.label.featured"), words.list(featured))
				.items(words.label("doc.label.integrates"), integrations)
				.items(words.label("doc.label.dependencies"), dependencies)
				.section(2, words.text("doc.section.projects"));
	}

	private String name(Project project) {
		String title = cell(project.getTitle());
		return project.isFeatured() ? title + words.text("doc.featured") : title;
	}

	private String goals(Project project) {
		return words.phrases(project.getSupports().stream().map(Goal::getTitle).map(SectionContent::cell).toList());
	}

	/** 时间节点: the effective dates from the schedule facts (own dates, or the phase it runs during). */
	private String dates(Project project) {
		Span span = context.facts().schedule().span(project);
		return words.range(span.start(), span.end());
	}
}
