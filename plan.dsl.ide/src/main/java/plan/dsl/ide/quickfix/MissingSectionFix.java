package plan.dsl.ide.quickfix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.ide.quickfix.SectionSkeletons.PlanShape;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Role;

/**
 * {@code completeness.missing-section}: inserts a skeleton for every section id in the diagnostic's data
 * (and the team or goal those skeletons refer to), before the plan's closing brace; a missing {@code period}
 * goes first in the plan's body, with the other settings.
 */
public class MissingSectionFix {

	@Inject
	private PlanFactsProvider factsProvider;

	public Optional<PlanFix> propose(FixContext context) {
		Plan plan = context.plan();
		if (plan == null) {
			return Optional.empty();
		}
		OptionalInt open = Blocks.openingBrace(plan);
		OptionalInt close = Blocks.closingBrace(plan);
		// ids the validator named that the plan still lacks (the diagnostic may be older than the text)
		List<String> requested = context.data().stream().map(SectionSkeletons::sectionId).flatMap(Optional::stream)
				.distinct().filter(id -> !present(plan, id)).toList();
		if (requested.isEmpty() || open.isEmpty() || close.isEmpty()) {
			return Optional.empty();
		}
		PlanMessages messages = context.messages();
		UnaryOperator<String> placeholders = key -> messages.get("quickfix.placeholder." + key);
		KeywordStyle style = context.style();
		SourceText source = context.source();

		String party = preferredParty(plan);
		List<String> ids = SectionSkeletons.withDependencies(requested, party != null, plan.getTeam() != null,
				!plan.getGoals().isEmpty());
		List<Replacement> replacements = new ArrayList<>();
		if (party == null && (ids.contains("team") || ids.stream().anyMatch(SectionSkeletons.NEED_A_PARTY::contains))) {
			// nobody is declared yet: a placeholder leader, named so that nobody mistakes it for a real person
			party = placeholders.apply("team.leader");
			if (plan.getTeam() != null) {
				// a team without members: the placeholder owner joins it rather than a second team
				TeamEdits.declare(plan, source, style,
						SectionSkeletons.personLine(style, placeholders, party, "leader")).ifPresent(replacements::add);
			}
		}
		SectionSkeletons skeletons = new SectionSkeletons(style, placeholders, shape(plan, party, ids));

		if (ids.contains("period")) {
			replacements.add(source.insertAfterOpeningBrace(open.getAsInt(), skeletons.lines("period")));
		}
		List<String> sections = new ArrayList<>();
		for (String id : ids) {
			if (!id.equals("period")) {
				if (!sections.isEmpty()) {
					sections.add("");
				}
				sections.addAll(skeletons.lines(id));
			}
		}
		if (!sections.isEmpty()) {
			replacements.add(source.insertBeforeClosingBrace(Blocks.start(plan), close.getAsInt(), sections, true));
		}
		String names = ids.stream().map(style::keyword)
				.collect(Collectors.joining(messages.get("quickfix.list.separator")));
		return Optional.of(new PlanFix(messages.get("quickfix.sections.add", names), replacements));
	}

	private PlanShape shape(Plan plan, String party, List<String> ids) {
		LocalDate asOf = factsProvider.get(plan).asOf();
		DateRange period = plan.getPeriod();
		boolean usablePeriod = period != null && period.getFrom() != null && period.getTo() != null
				&& !period.getFrom().isAfter(period.getTo());
		// without a usable period, dated skeletons (and a new period) span the reporting date's calendar year
		LocalDate from = usablePeriod ? period.getFrom() : asOf.withDayOfYear(1);
		LocalDate to = usablePeriod ? period.getTo() : from.plusYears(1).minusDays(1);

		Set<String> goalNames = plan.getGoals().stream().map(Goal::getName).collect(Collectors.toSet());
		String newGoal = freshName("G", goalNames);
		List<String> outcomeGoals = plan.getGoals().stream()
				.filter(goal -> plan.getOutcomes().stream().noneMatch(o -> o.getGoals().contains(goal)))
				.map(Goal::getName).toList();
		if (ids.contains("goal")) {
			outcomeGoals = List.of(newGoal);
		} else if (outcomeGoals.isEmpty()) {
			outcomeGoals = plan.getGoals().stream().map(Goal::getName).toList();
		}
		return new PlanShape(from, to, asOf, party, newGoal, outcomeGoals);
	}

	/** The team's leader, else its first person, else its first unit: who new sections name as owner. */
	private static String preferredParty(Plan plan) {
		if (plan.getTeam() == null || plan.getTeam().getParties().isEmpty()) {
			return null;
		}
		List<Party> parties = plan.getTeam().getParties();
		return parties.stream().filter(p -> p instanceof Person person && person.getRole() == Role.LEADER)
				.findFirst()
				.or(() -> parties.stream().filter(Person.class::isInstance).findFirst())
				.orElse(parties.get(0)).getName();
	}

	private static String freshName(String prefix, Set<String> taken) {
		int n = 1;
		while (taken.contains(prefix + n)) {
			n++;
		}
		return prefix + n;
	}

	private static boolean present(Plan plan, String id) {
		return switch (id) {
		case "period" -> plan.getPeriod() != null;
		case "background" -> plan.getBackground() != null;
		case "goal" -> !plan.getGoals().isEmpty();
		case "team" -> plan.getTeam() != null;
		case "research" -> plan.getResearch() != null;
		case "theme" -> plan.getTheme() != null;
		case "slogan" -> plan.getSlogan() != null;
		case "audience" -> plan.getAudience() != null;
		case "phase" -> !plan.getPhases().isEmpty();
		case "project" -> !plan.getProjects().isEmpty();
		case "criteria" -> plan.getCriteria() != null;
		case "publicity" -> plan.getPublicity() != null;
		case "safeguards" -> plan.getSafeguards() != null;
		case "outcome" -> !plan.getOutcomes().isEmpty();
		case "approval" -> plan.getApproval() != null;
		case "tracking" -> plan.getTracking() != null;
		default -> false;
		};
	}
}
