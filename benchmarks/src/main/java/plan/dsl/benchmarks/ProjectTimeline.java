package plan.dsl.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Dates and {@code after} dependencies of synthetic projects. Projects come in chains of 1–8 that each
 * start the day after the previous one ends; some also wait for an earlier project of another chain, and
 * some single projects simply run during a month's phase. A project only ever depends on projects written
 * before it that end before it starts, so the graph is acyclic and every dependency is respected by dates.
 */
final class ProjectTimeline {

	/** One project's dates; {@code phase} is the 0-based month it runs {@code during}, or -1 for own dates. */
	record Slot(LocalDate from, LocalDate to, int phase, List<Integer> after) {
	}

	private static final int LONGEST_CHAIN = 8;
	private static final int LONGEST_PROJECT_DAYS = 30;
	// a chain starts within the first 100 days: 100 + 8 × 30 days still ends inside a one-year period
	private static final int LATEST_CHAIN_START = 100;

	private ProjectTimeline() {
	}

	static List<Slot> of(int projects, LocalDate periodStart, Random random) {
		List<Slot> slots = new ArrayList<>(projects);
		while (slots.size() < projects) {
			int length = Math.min(projects - slots.size(),
					random.nextInt(5) < 2 ? 1 : 2 + random.nextInt(LONGEST_CHAIN - 1));
			if (length == 1 && random.nextInt(10) < 3) {
				slots.add(duringPhase(slots, periodStart, random));
			} else {
				addChain(slots, length, periodStart, random);
			}
		}
		return slots;
	}

	private static Slot duringPhase(List<Slot> slots, LocalDate periodStart, Random random) {
		int month = random.nextInt(12);
		LocalDate from = periodStart.plusMonths(month);
		LocalDate to = from.plusMonths(1).minusDays(1);
		return new Slot(from, to, month, crossDependency(slots, slots.size(), from, random));
	}

	private static void addChain(List<Slot> slots, int length, LocalDate periodStart, Random random) {
		int chainStart = slots.size();
		LocalDate from = periodStart.plusDays(random.nextInt(LATEST_CHAIN_START));
		for (int k = 0; k < length; k++) {
			LocalDate to = from.plusDays(4 + random.nextInt(LONGEST_PROJECT_DAYS - 4));
			List<Integer> after = k == 0 ? crossDependency(slots, chainStart, from, random)
					: new ArrayList<>(List.of(slots.size() - 1));
			slots.add(new Slot(from, to, -1, after));
			from = to.plusDays(1);
		}
	}

	/** In one case out of six, an earlier project (before {@code limit}) that ends before {@code from}. */
	private static List<Integer> crossDependency(List<Slot> slots, int limit, LocalDate from, Random random) {
		List<Integer> after = new ArrayList<>();
		if (limit == 0 || random.nextInt(6) != 0) {
			return after;
		}
		for (int attempt = 0; attempt < 3; attempt++) {
			int candidate = random.nextInt(limit);
			if (slots.get(candidate).to().isBefore(from)) {
				after.add(candidate);
				break;
			}
		}
		return after;
	}
}
