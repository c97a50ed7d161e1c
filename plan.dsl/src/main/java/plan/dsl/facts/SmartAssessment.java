package plan.dsl.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import plan.dsl.plan.DateRange;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Measure;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.Project;

/**
 * The SMART score (0–5) of every goal of a plan, with the qualities it misses, why, and the projects
 * that support it. Computed once per plan (see {@link PlanFacts#smart()}); validators, documents and
 * dashboards all read it here.
 */
public final class SmartAssessment {

	private final Map<Goal, GoalScore> scores = new LinkedHashMap<>();

	SmartAssessment(Plan plan) {
		Map<Goal, List<Project>> supporters = supportersByGoal(plan);
		DateRange period = plan.getPeriod();
		for (Goal goal : plan.getGoals()) {
			List<Project> projects = supporters.getOrDefault(goal, List.of());
			scores.put(goal, new GoalScore(goal, gapsOf(goal, projects, period), projects));
		}
	}

	/** The score of a goal of this plan. */
	public GoalScore of(Goal goal) {
		GoalScore score = scores.get(goal);
		if (score == null) {
			throw new IllegalArgumentException("Goal " + goal.getName() + " is not a goal of this plan");
		}
		return score;
	}

	/** Every goal's score, in the plan's order. */
	public Collection<GoalScore> all() {
		return Collections.unmodifiableCollection(scores.values());
	}

	/**
	 * Goal → projects that {@code supports} it, built in one pass over the projects: plans may hold
	 * thousands of projects, so per-goal scans would be quadratic.
	 */
	private static Map<Goal, List<Project>> supportersByGoal(Plan plan) {
		Map<Goal, List<Project>> supporters = new HashMap<>();
		for (Project project : plan.getProjects()) {
			for (Goal goal : project.getSupports()) {
				if (goal.eIsProxy()) {
					continue;
				}
				List<Project> list = supporters.computeIfAbsent(goal, g -> new ArrayList<>());
				if (list.isEmpty() || list.get(list.size() - 1) != project) { // "supports G1, G1" counts once
					list.add(project);
				}
			}
		}
		return supporters;
	}

	private static Set<SmartGap> gapsOf(Goal goal, List<Project> supporters, DateRange period) {
		Set<SmartGap> gaps = EnumSet.noneOf(SmartGap.class);
		specific(goal, gaps);
		measurable(goal, gaps);
		achievable(goal, supporters, gaps);
		relevant(goal, gaps);
		timeBound(goal, period, gaps);
		return gaps;
	}

	private static void specific(Goal goal, Set<SmartGap> gaps) {
		if (goal.getSpecific() == null) {
			gaps.add(SmartGap.SPECIFIC_MISSING);
			return;
		}
		switch (VaguenessChecker.assess(goal.getSpecific())) {
			case EMPTY, TOO_SHORT -> gaps.add(SmartGap.SPECIFIC_TOO_SHORT);
			case GENERIC -> gaps.add(SmartGap.SPECIFIC_GENERIC);
			case CLEAR -> {
				// S met
			}
		}
	}

	private static void measurable(Goal goal, Set<SmartGap> gaps) {
		Measure measure = goal.getMeasure();
		if (measure == null) {
			gaps.add(SmartGap.MEASURE_MISSING);
		} else if (measure.getTarget() == null) {
			// the grammar allows only "from … to …" or "by <criterion>", so this is the criterion form
			if (measure.getCriterion() == null || measure.getCriterion().eIsProxy()) {
				gaps.add(SmartGap.MEASURE_CRITERION_UNRESOLVED);
			}
		}
	}

	private static void achievable(Goal goal, List<Project> supporters, Set<SmartGap> gaps) {
		if (goal.getOwner() == null) {
			gaps.add(SourceText.isWritten(goal, PlanPackage.Literals.GOAL__OWNER) ? SmartGap.OWNER_UNRESOLVED
					: SmartGap.OWNER_MISSING);
		} else if (goal.getOwner().eIsProxy()) {
			gaps.add(SmartGap.OWNER_UNRESOLVED);
		}
		if (supporters.isEmpty()) {
			gaps.add(SmartGap.NO_SUPPORTING_PROJECT);
		}
	}

	private static void relevant(Goal goal, Set<SmartGap> gaps) {
		boolean linked = goal.getAddresses().stream().anyMatch(item -> !item.eIsProxy())
				|| goal.getSupports().stream().anyMatch(other -> !other.eIsProxy() && other != goal);
		if (!linked) {
			gaps.add(anyProxy(goal) ? SmartGap.LINK_UNRESOLVED : SmartGap.NOT_LINKED);
		}
	}

	private static boolean anyProxy(Goal goal) {
		return goal.getAddresses().stream().anyMatch(EObject::eIsProxy)
				|| goal.getSupports().stream().anyMatch(EObject::eIsProxy);
	}

	private static void timeBound(Goal goal, DateRange period, Set<SmartGap> gaps) {
		LocalDate due = goal.getDue();
		if (due == null) {
			// an impossible day such as 2026-02-30 converts to no value; date.invalid reports it
			gaps.add(SourceText.isWritten(goal, PlanPackage.Literals.GOAL__DUE) ? SmartGap.DUE_INVALID : SmartGap.DUE_MISSING);
		} else if (isUsable(period) && (due.isBefore(period.getFrom()) || due.isAfter(period.getTo()))) {
			gaps.add(SmartGap.DUE_OUTSIDE_PERIOD);
		}
	}

	/**
	 * A period that can judge a deadline. Without one, any due date counts: a missing or inverted period is
	 * reported by its own rule and would otherwise fail every goal a second time.
	 */
	private static boolean isUsable(DateRange period) {
		return period != null && period.getFrom() != null && period.getTo() != null
				&& !period.getFrom().isAfter(period.getTo());
	}


	/** One goal's SMART result. */
	public static final class GoalScore {

		private final Goal goal;
		private final Set<SmartGap> gaps;
		private final Set<SmartQuality> missing;
		private final List<Project> supportingProjects;

		GoalScore(Goal goal, Set<SmartGap> gaps, List<Project> supportingProjects) {
			this.goal = goal;
			this.gaps = Collections.unmodifiableSet(gaps);
			EnumSet<SmartQuality> qualities = EnumSet.noneOf(SmartQuality.class);
			gaps.forEach(gap -> qualities.add(gap.quality()));
			this.missing = Collections.unmodifiableSet(qualities);
			this.supportingProjects = List.copyOf(supportingProjects);
		}

		public Goal goal() {
			return goal;
		}

		/** 0–5: one point per quality the goal meets. */
		public int score() {
			return SmartQuality.values().length - missing.size();
		}

		/** The qualities the goal misses, in S-M-A-R-T order. */
		public Set<SmartQuality> missing() {
			return missing;
		}

		public boolean meets(SmartQuality quality) {
			return !missing.contains(quality);
		}

		/** Why each missing quality is missing (one or more reasons per quality). */
		public Set<SmartGap> gaps() {
			return gaps;
		}

		/** The plan's projects that {@code supports} this goal, in the plan's order. */
		public List<Project> supportingProjects() {
			return supportingProjects;
		}

		@Override
		public String toString() {
			return goal.getName() + " " + score() + "/5 missing " + missing;
		}
	}
}
