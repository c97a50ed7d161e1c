package plan.dsl.validation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.plan.Adjustment;
import plan.dsl.plan.PlanPackage.Literals;
import plan.dsl.plan.ProgressUpdate;
import plan.dsl.plan.Project;

/** Progress figures that make sense, dated inside the period, and projects that fall behind. */
public class TrackingValidator extends PlanCheckBase {

	@Check
	public void checkProgressRange(ProgressUpdate update) {
		BigDecimal progress = update.getProgress();
		if (progress != null && (progress.signum() < 0 || progress.compareTo(Schedule.COMPLETE) > 0)) {
			error(text(update, "tracking.progress-range", progress.toPlainString(), ElementLabels.of(update)), update,
					Literals.PROGRESS_UPDATE__PROGRESS, PlanIssueCodes.TRACKING_PROGRESS_RANGE);
		}
	}

	@Check
	public void checkUpdateInsidePeriod(ProgressUpdate update) {
		checkInsidePeriod(update, update.getDate(), Literals.PROGRESS_UPDATE__DATE);
	}

	@Check
	public void checkAdjustmentInsidePeriod(Adjustment adjustment) {
		checkInsidePeriod(adjustment, adjustment.getDate(), Literals.ADJUSTMENT__DATE);
	}

	private void checkInsidePeriod(EObject entry, LocalDate date, EStructuralFeature feature) {
		Span period = facts(entry).schedule().period();
		if (date != null && period.isValid() && !period.contains(date)) {
			error(text(entry, "tracking.outside-period", ElementLabels.of(entry), date, period.start(), period.end()),
					entry, feature, PlanIssueCodes.TRACKING_OUTSIDE_PERIOD);
		}
	}

	@Check
	public void checkNotLate(Project project) {
		Schedule schedule = facts(project).schedule();
		if (!schedule.isLate(project)) {
			return;
		}
		BigDecimal progress = schedule.progress(project);
		String message = progress == null
				? text(project, "tracking.late.none", project.getName(), schedule.end(project), schedule.asOf())
				: text(project, "tracking.late", project.getName(), schedule.end(project), progress.toPlainString(),
						schedule.asOf());
		warning(message, project, Literals.PROJECT__NAME, PlanIssueCodes.TRACKING_LATE);
	}
}
