package plan.dsl.generator.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.SourceText;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;

/**
 * Builds the outline of the plan document, shared by the Markdown, HTML and DOCX outputs: the sections the
 * plan has, in the order of seed 1 (背景与目标 → 策划团队与调研 → 活动方案 → 审批与跟踪), numbered for the
 * plan's language.
 */
public final class PlanOutline {

	private PlanOutline() {
	}

	public static PlanDocument of(PlanFacts facts) {
		DocumentContext context = DocumentContext.of(facts);
		Plan plan = context.plan();
		List<Section> sections = Stream.of(
				new BackgroundAndGoals(context).section(),
				new TeamAndResearch(context).section(),
				new ProgramSection(context).section(),
				new ApprovalAndTracking(context).section())
				.flatMap(Optional::stream).toList();
		DocLanguage language = plan.getLanguage();
		return new PlanDocument(SectionContent.cell(plan.getTitle()), plan.getOrganization(), frontMatter(context),
				language == DocLanguage.EN ? "en" : "zh-CN", new HeadingNumbers(language).number(sections));
	}

	/** What the first page states under the title and organisation: version, period, status. */
	private static List<String> frontMatter(DocumentContext context) {
		Plan plan = context.plan();
		Wording words = context.words();
		List<String> lines = new ArrayList<>();
		if (SectionContent.present(plan.getVersion())) {
			lines.add(words.text("doc.front.version", plan.getVersion()));
		}
		if (plan.getPeriod() != null) {
			lines.add(words.text("doc.front.period", words.range(plan.getPeriod())));
		}
		if (SourceText.isWritten(plan, PlanPackage.Literals.PLAN__STATUS)) {
			lines.add(words.text("doc.front.status", words.enumeration(plan.getStatus())));
		}
		return lines;
	}
}
