package plan.dsl.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import plan.dsl.facts.Completeness;
import plan.dsl.ide.quickfix.KeywordStyle;
import plan.dsl.ide.quickfix.SectionSkeletons;
import plan.dsl.ide.quickfix.SectionSkeletons.PlanShape;
import plan.dsl.ide.quickfix.SourceText;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.PlanKind;

/**
 * The text of a new plan: every section its kind requires (as {@link Completeness} defines them), written with
 * the quick fixes' skeletons so that what only the author knows stays a placeholder the validator flags.
 */
final class PlanSkeleton {

	/** Sections the canonical layout keeps on consecutive lines, without a blank line (TopLevelGroup). */
	private static final Set<String> ONE_GROUP = Set.of("theme", "slogan", "audience");

	private PlanSkeleton() {
	}

	static String text(String name, PlanKind kind, DocLanguage language, LocalDate today) {
		KeywordStyle style = language == DocLanguage.EN ? KeywordStyle.ENGLISH : KeywordStyle.CHINESE;
		PlanMessages messages = PlanMessages.of(language);
		UnaryOperator<String> placeholders = key -> messages.get("quickfix.placeholder." + key);
		String party = placeholders.apply("team.leader");
		// next calendar year: a plan is written ahead, and the author is expected to change the dates anyway
		LocalDate from = today.plusYears(1).withDayOfYear(1);
		LocalDate to = from.plusYears(1).minusDays(1);
		SectionSkeletons skeletons = new SectionSkeletons(style, placeholders,
				new PlanShape(from, to, today, party, "G1", List.of("G1")));

		List<String> requested = new ArrayList<>(List.of("period"));
		for (Completeness.Requirement requirement : Completeness.requiredFor(kind)) {
			SectionSkeletons.sectionId(requirement.id()).ifPresent(requested::add);
		}
		List<String> ids = SectionSkeletons.withDependencies(requested, false, false, false);

		StringBuilder text = new StringBuilder();
		text.append(style.keyword("plan")).append(' ').append(name).append(" \"")
				.append(placeholders.apply("plan.title")).append("\" {\n");
		line(text, style.keyword("kind") + " " + style.value(kind.getLiteral()));
		line(text, style.keyword("language") + " " + style.value(language.getLiteral()));
		ids.stream().filter("period"::equals).findFirst().map(skeletons::lines)
				.ifPresent(lines -> lines.forEach(l -> line(text, l)));
		String previous = "period";
		for (String id : ids) {
			if (!id.equals("period")) {
				if (!(ONE_GROUP.contains(previous) && ONE_GROUP.contains(id))) {
					text.append('\n');
				}
				sectionLines(skeletons, kind, id).forEach(l -> line(text, l));
				previous = id;
			}
		}
		return text.append("}\n").toString();
	}

	/**
	 * The skeleton of section {@code id}; an annual plan also needs an individual goal, and a project with an
	 * owner that is featured and integrates business work.
	 */
	private static List<String> sectionLines(SectionSkeletons skeletons, PlanKind kind, String id) {
		if (kind == PlanKind.ANNUAL && id.equals("goal")) {
			List<String> lines = new ArrayList<>(skeletons.lines(id));
			lines.add("");
			lines.addAll(skeletons.goal("G2", "individual", "goal.individual.title"));
			return lines;
		}
		if (kind == PlanKind.ANNUAL && id.equals("project")) {
			return skeletons.annualProject();
		}
		return skeletons.lines(id);
	}

	/** {@code NAME} as the plan's identifier, or empty when the grammar's ID would not accept it. */
	static Optional<String> identifier(String name) {
		return name.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*") ? Optional.of(name) : Optional.empty();
	}

	private static void line(StringBuilder text, String line) {
		text.append(line.isEmpty() ? "" : SourceText.INDENT).append(line).append('\n');
	}
}
