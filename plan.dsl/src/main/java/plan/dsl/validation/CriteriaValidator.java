package plan.dsl.validation;

import java.math.BigDecimal;
import java.util.Objects;

import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import plan.dsl.facts.VaguenessChecker;
import plan.dsl.plan.Criteria;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.PlanPackage.Literals;

/** Selection criteria: weights that add up, quantitative criteria with targets, descriptions of substance. */
public class CriteriaValidator extends PlanCheckBase {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);


	/** Exactly 100 %: weights are shares of one score, so any other sum is an arithmetic error. */
	@Check
	public void checkWeightsSum(Criteria criteria) {
		if (criteria.getCriteria().isEmpty()) {
			return;
		}
		BigDecimal sum = criteria.getCriteria().stream().map(Criterion::getWeight).filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(HUNDRED) != 0) {
			String names = ElementLabels.list(criteria, criteria.getCriteria(), Criterion::getName);
			error(text(criteria, "criteria.weights-sum", sum.toPlainString(), names), criteria, null,
					PlanIssueCodes.CRITERIA_WEIGHTS_SUM);
		}
	}

	@Check
	public void checkQuantitativeHasTarget(Criterion criterion) {
		if (criterion.isQuantitative() && criterion.getTarget() == null) {
			error(text(criterion, "criteria.missing-target", criterion.getName()), criterion,
					Literals.CRITERION__QUANTITATIVE, PlanIssueCodes.CRITERIA_MISSING_TARGET);
		}
	}

	/** A warning at every status: judges can still work with it, but it invites arbitrary verdicts. */
	@Check
	public void checkDescriptionHasSubstance(Criterion criterion) {
		String description = criterion.getDescription();
		if (criterion.isQuantitative() || description == null) {
			return;
		}
		if (VaguenessChecker.isVague(description, planOf(criterion).getLanguage())) {
			warning(text(criterion, "criteria.vague-description", criterion.getName(), description), criterion,
					Literals.CRITERION__DESCRIPTION, PlanIssueCodes.CRITERIA_VAGUE_DESCRIPTION);
		}
	}
}
