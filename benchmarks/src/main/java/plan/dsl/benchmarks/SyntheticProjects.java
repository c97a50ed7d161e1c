package plan.dsl.benchmarks;

import static plan.dsl.benchmarks.SyntheticPlans.AS_OF;
import static plan.dsl.benchmarks.SyntheticPlans.IND;
import static plan.dsl.benchmarks.Vocabulary.pick;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import plan.dsl.benchmarks.ProjectTimeline.Slot;

/**
 * The projects of a synthetic plan and the tracking that follows them: every project has an owner, dates,
 * a deliverable, a standard and goals it supports (what an annual plan requires); two are featured, one in
 * ten integrates business work, one in three has a budget. Tracking reports progress as of {@code asof}:
 * finished projects at 100 % except one in forty (late, a warning), running ones in proportion.
 */
final class SyntheticProjects {

	private final int projects;
	private final Random random;
	private final StringBuilder out;
	private final List<Slot> slots;
	private long budgetSum;

	SyntheticProjects(int projects, Random random, StringBuilder out) {
		this.projects = projects;
		this.random = random;
		this.out = out;
		this.slots = ProjectTimeline.of(projects, SyntheticPlans.PERIOD_START, random);
	}

	static String name(int index) {
		return "A" + (index + 1);
	}

	/** Sum of the project budgets written, in CNY. */
	long budgetSum() {
		return budgetSum;
	}

	void writeProjects() {
		int goals = SyntheticPlans.goals(projects);
		for (int i = 0; i < projects; i++) {
			Slot slot = slots.get(i);
			String area = pick(Vocabulary.AREAS, random);
			line("project " + name(i) + " \"" + Vocabulary.projectTitle(i, area, pick(Vocabulary.ACTIONS, random)) + "\" {");
			line(IND + "type " + pick(Vocabulary.TYPES, random));
			line(IND + "owner " + owner());
			line(IND + (slot.phase() >= 0 ? "during P" + (slot.phase() + 1) : "from " + slot.from() + " to " + slot.to()));
			if (!slot.after().isEmpty()) {
				line(IND + "after " + slot.after().stream().map(SyntheticProjects::name).collect(Collectors.joining(", ")));
			}
			line(IND + "deliverable \"" + Vocabulary.deliverable(area, random) + "\"");
			line(IND + "standard \"" + Vocabulary.standard(random) + "\"");
			int goal = i % goals + 1;
			line(IND + "supports G" + goal + (random.nextInt(5) == 0 ? ", G" + (random.nextInt(goals) + 1) : ""));
			if (i == 0 || i == projects / 2 && projects > 1) {
				line(IND + "featured");
			}
			if (i % 10 == 0) {
				line(IND + "integrates \"" + area + "业务提质\"");
			}
			if (i % 3 == 0) {
				long amount = 5_000L + 1_000L * random.nextInt(46);
				budgetSum += amount;
				line(IND + "budget " + amount + " CNY");
			}
			line("}");
		}
	}

	/** Persons own four projects in five, units the rest. */
	private String owner() {
		return random.nextInt(5) > 0 ? SyntheticPlans.person(random.nextInt(SyntheticPlans.persons(projects)))
				: SyntheticPlans.unit(random.nextInt(SyntheticPlans.units(projects)));
	}

	void writeTracking() {
		line("tracking {");
		line(IND + "report monthly to \"公司党委\" by " + SyntheticPlans.person(1));
		line(IND + "report quarterly to \"公司职代会\" by " + SyntheticPlans.person(2));
		for (int i = 0; i < projects; i++) {
			Slot slot = slots.get(i);
			if (slot.to().isBefore(AS_OF)) {
				int progress = i % 40 == 7 ? 80 : 100;
				line(IND + "update on " + slot.to() + " " + name(i) + " progress " + progress + " %"
						+ (progress < 100 ? " \"受设备到货延迟影响\"" : ""));
			} else if (!slot.from().isAfter(AS_OF)) {
				line(IND + "update on " + AS_OF + " " + name(i) + " progress " + share(slot) + " %");
			}
		}
		line(IND + "adjust on 2027-04-15 \"根据一季度进展，调整部分项目的完成时限\"");
		line(IND + "adjust on 2027-06-20 \"新增迎峰度夏保供电专项任务\"");
		line("}");
	}

	/** Progress in proportion to the days gone by. */
	private static long share(Slot slot) {
		long total = ChronoUnit.DAYS.between(slot.from(), slot.to()) + 1;
		long gone = ChronoUnit.DAYS.between(slot.from(), AS_OF) + 1;
		return Math.min(99, gone * 100 / total);
	}

	private void line(String text) {
		out.append(IND).append(text).append('\n');
	}
}
