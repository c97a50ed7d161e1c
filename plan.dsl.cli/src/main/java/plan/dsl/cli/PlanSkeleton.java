package plan.dsl.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
				.append(messages.get("cli.new.title")).append("\" {\n");
		line(text, style.keyword("kind") + " " + style.value(kind.getLiteral()));
		line(text, style.keyword("language") + " " + style.value(language.getLiteral()));
		ids.stream().filter("period"::equals).findFirst().map(skeletons::lines)
				.ifPresent(lines -> lines.forEach(l -> line(text, l)));
		for (String id : ids) {
			if (!id.equals("period")) {
				text.append('\n');
				skeletons.lines(id).forEach(l -> line(text, l));
			}
		}
		return text.append("}\n").toString();
	}

	/** {@code NAME} as the plan's identifier, or empty when the grammar's ID would not accept it. */
	static Optional<String> identifier(String name) {
		return name.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*") ? Optional.of(name) : Optional.empty();
	}

	private static void line(StringBuilder text, String line) {
		text.append(SourceText.INDENT).append(line).append('\n');
	}
}
