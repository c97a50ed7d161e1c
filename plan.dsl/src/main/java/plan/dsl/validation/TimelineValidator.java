package plan.dsl.validation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage.Literals;
import plan.dsl.plan.Project;

/**
 * Dates and their order: real calendar days, ranges that run forward, phases inside the period, in
 * order and apart, milestones inside their phase, projects inside the period, {@code after}
 * dependencies without cycles and respected by the dates. Every range is a closed span of days
 * ({@link Span}). A range with a bad or inverted date gets that one diagnostic and is left out of the
 * comparisons here, so one typo does not produce a cascade.
 */
public class TimelineValidator extends PlanCheckBase {

	/**
	 * Every date feature of every element (also ones the grammar gains later): a day was written but the
	 * value converter found no such day and left the value empty.
	 */
	@Check
	public void checkDatesAreReal(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != LocalDate.class || attribute.isMany()
					|| object.eGet(attribute) != null) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, attribute);
			if (!nodes.isEmpty()) {
				String written = NodeModelUtils.getTokenText(nodes.get(0));
				error(text(object, "date.invalid", ElementLabels.of(object), written), object, attribute,
						PlanIssueCodes.DATE_INVALID);
			}
		}
	}

	@Check
	public void checkRangeRunsForward(DateRange range) {
		Span span = Span.of(range);
		if (span.isInverted()) {
			error(text(range, "period.inverted", ElementLabels.of(range), span.start(), span.end()), range, null,
					PlanIssueCodes.PERIOD_INVERTED);
		}
	}

	@Check
	public void checkPhaseInsidePeriod(Phase phase) {
		Span period = facts(phase).schedule().period();
		Span span = Schedule.span(phase);
		if (period.isValid() && span.isValid() && !period.contains(span)) {
			error(text(phase, "timeline.phase-outside-period", phase.getName(), span.start(), span.end(),
					period.start(), period.end()), phase, Literals.PHASE__RANGE, PlanIssueCodes.PHASE_OUTSIDE_PERIOD);
		}
	}

	/** Phases in written order must start in chronological order. */
	@Check
	public void checkPhaseOrder(Plan plan) {
		Phase latest = null;
		for (Phase phase : plan.getPhases()) {
			Span span = Schedule.span(phase);
			if (!span.isValid()) {
				continue;
			}
			if (latest != null && span.start().isBefore(Schedule.span(latest).start())) {
				error(text(phase, "timeline.phase-order", phase.getName(), span.start(), latest.getName(),
						Schedule.span(latest).start()), phase, Literals.PHASE__RANGE, PlanIssueCodes.PHASE_ORDER);
			} else {
				latest = phase;
			}
		}
	}

	/**
	 * Sweeps the phases by start date, keeping the one that reaches furthest: a phase starting on or
	 * before that reach overlaps it. n log n, and each overlapping phase is reported once.
	 */
	@Check
	public void checkPhasesApart(Plan plan) {
		List<Phase> byStart = plan.getPhases().stream().filter(p -> Schedule.span(p).isValid())
				.sorted(Comparator.comparing(p -> Schedule.span(p).start())).toList();
		Phase reach = null;
		for (Phase phase : byStart) {
			Span span = Schedule.span(phase);
			if (reach != null && span.overlaps(Schedule.span(reach))) {
				Span other = Schedule.span(reach);
				warning(text(phase, "timeline.phase-overlap", phase.getName(), span.start(), span.end(),
						reach.getName(), other.start(), other.end()), phase, Literals.PHASE__RANGE,
						PlanIssueCodes.PHASE_OVERLAP);
			}
			if (reach == null || span.end().isAfter(Schedule.span(reach).end())) {
				reach = phase;
			}
		}
	}

	@Check
	public void checkMilestoneInsidePhase(Milestone milestone) {
		if (!(milestone.eContainer() instanceof Phase phase) || milestone.getDate() == null) {
			return;
		}
		Span span = Schedule.span(phase);
		if (span.isValid() && !span.contains(milestone.getDate())) {
			error(text(milestone, "timeline.milestone-outside-phase", milestone.getName(), milestone.getDate(),
					phase.getName(), span.start(), span.end()), milestone, Literals.MILESTONE__DATE,
					PlanIssueCodes.MILESTONE_OUTSIDE_PHASE);
		}
	}

	/** Only own dates: a project {@code during} a phase is as far inside as the phase, checked above. */
	@Check
	public void checkProjectInsidePeriod(Project project) {
		if (project.getRange() == null) {
			return;
		}
		Span period = facts(project).schedule().period();
		Span span = Span.of(project.getRange());
		if (period.isValid() && span.isValid() && !period.contains(span)) {
			error(text(project, "timeline.project-outside-period", project.getName(), span.start(), span.end(),
					period.start(), period.end()), project, Literals.PROJECT__RANGE,
					PlanIssueCodes.PROJECT_OUTSIDE_PERIOD);
		}
	}

	/**
	 * Each {@code after} reference: on a cycle it is reported (on every reference of the cycle, so each
	 * one shows where the loop can be cut); otherwise the project must start after its dependency ends.
	 */
	@Check
	public void checkDependencies(Project project) {
		Schedule schedule = facts(project).schedule();
		List<Project> after = project.getAfter();
		for (int i = 0; i < after.size(); i++) {
			Project dependency = after.get(i);
			if (dependency.eIsProxy()) {
				continue;
			}
			if (schedule.inSameCycle(project, dependency)) {
				String cycle = ElementLabels.list(project, schedule.cycleOf(project), Project::getName);
				error(text(project, "timeline.dependency-cycle", project.getName(), dependency.getName(), cycle),
						project, Literals.PROJECT__AFTER, i, PlanIssueCodes.DEPENDENCY_CYCLE);
				continue;
			}
			Span span = schedule.span(project);
			Span before = schedule.span(dependency);
			if (span.isValid() && before.isValid() && !span.start().isAfter(before.end())) {
				error(text(project, "timeline.dependency-order", project.getName(), span.start(),
						dependency.getName(), before.end()), project, Literals.PROJECT__AFTER, i,
						PlanIssueCodes.DEPENDENCY_ORDER);
			}
		}
	}
}
