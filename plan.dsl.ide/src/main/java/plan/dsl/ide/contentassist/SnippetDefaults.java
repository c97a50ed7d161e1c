package plan.dsl.ide.contentassist;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.util.SimpleAttributeResolver;

import plan.dsl.plan.BackgroundItem;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Role;

/**
 * What a snippet proposes by default, taken from the plan being written so that an accepted snippet already
 * fits it: dates inside its period, its leader as owner, its first goal and background item as references, and
 * names for new elements that no element of that kind has yet.
 *
 * @param leader who new sections name as owner ({@code null}: the snippet's own placeholder)
 */
public record SnippetDefaults(LocalDate from, LocalDate to, LocalDate today, String leader, String goal,
		String backgroundItem, Set<String> takenNames) {

	/** Defaults for {@code plan}, or for a new plan when it is {@code null}. */
	public static SnippetDefaults of(Plan plan, LocalDate today) {
		DateRange period = plan == null ? null : plan.getPeriod();
		boolean usable = period != null && period.getFrom() != null && period.getTo() != null
				&& !period.getFrom().isAfter(period.getTo());
		LocalDate from = usable ? period.getFrom() : today.withDayOfYear(1);
		LocalDate to = usable ? period.getTo() : from.plusYears(1).minusDays(1);
		if (plan == null) {
			return new SnippetDefaults(from, to, today, null, null, null, Set.of());
		}
		List<Party> parties = plan.getTeam() == null ? List.of() : plan.getTeam().getParties();
		String leader = parties.stream().filter(p -> p instanceof Person person && person.getRole() == Role.LEADER)
				.findFirst().or(() -> parties.stream().findFirst()).map(Party::getName).orElse(null);
		String goal = plan.getGoals().isEmpty() ? null : plan.getGoals().get(0).getName();
		String item = plan.getBackground() == null ? null
				: plan.getBackground().getItems().stream().map(BackgroundItem::getName).findFirst().orElse(null);
		return new SnippetDefaults(from, to, today, leader, goal, item, namesIn(plan));
	}

	/** {@code prefix} followed by the first number that makes a name the plan does not use yet (G1, G2, …). */
	String fresh(String prefix) {
		int n = 1;
		while (takenNames.contains(prefix + n)) {
			n++;
		}
		return prefix + n;
	}

	/** The default of an optional name, or {@code fallback} when the plan has none. */
	static String or(String name, String fallback) {
		return name != null ? name : fallback;
	}

	private static Set<String> namesIn(Plan plan) {
		Set<String> names = new HashSet<>();
		plan.eAllContents().forEachRemaining(element -> {
			String name = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
			if (name != null) {
				names.add(name);
			}
		});
		return names;
	}
}
