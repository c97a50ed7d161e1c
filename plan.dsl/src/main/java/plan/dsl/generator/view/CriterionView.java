package plan.dsl.generator.view;

import java.math.BigDecimal;

/**
 * An evaluation criterion: its weight in percent, the target written for a quantitative one (e.g.
 * "≥ 40 %") or the description of a qualitative one, and the actual value from {@code results}.
 */
public record CriterionView(String name, String title, BigDecimal weight, boolean quantitative, String target,
		String description, Amount actual) {
}
