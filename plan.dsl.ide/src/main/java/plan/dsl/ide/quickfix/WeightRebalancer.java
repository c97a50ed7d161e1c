package plan.dsl.ide.quickfix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns criterion weights that do not add up into whole percentages that add up to exactly 100.
 * <p>
 * Rule: each weight keeps its share of the current total, rounded down to a whole percent; the points lost to
 * rounding go to the largest weight (the first of equal ones), so the criterion that matters most absorbs the
 * correction and no small weight is inflated. A zero weight stays zero. When every weight is zero there are no
 * shares to keep, so the 100 points are split evenly. Example: 50 % and 30 % become 63 % and 37 %.
 */
public final class WeightRebalancer {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private WeightRebalancer() {
	}

	/** Whole percentages summing to 100, one per weight, in order; empty for no weights. */
	public static List<Integer> rebalance(List<BigDecimal> weights) {
		if (weights.isEmpty()) {
			return List.of();
		}
		// a weight that did not convert (syntax error) counts as zero; the grammar has no negative numbers
		List<BigDecimal> shares = weights.stream().map(w -> w == null ? BigDecimal.ZERO : w).toList();
		BigDecimal total = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.signum() == 0) {
			shares = shares.stream().map(w -> BigDecimal.ONE).toList();
			total = BigDecimal.valueOf(shares.size());
		}
		List<Integer> result = new ArrayList<>();
		int largest = 0;
		int sum = 0;
		for (int i = 0; i < shares.size(); i++) {
			int percent = shares.get(i).multiply(HUNDRED).divide(total, 0, RoundingMode.FLOOR).intValueExact();
			result.add(percent);
			sum += percent;
			if (shares.get(i).compareTo(shares.get(largest)) > 0) {
				largest = i;
			}
		}
		result.set(largest, result.get(largest) + 100 - sum);
		return List.copyOf(result);
	}
}
