package plan.dsl.generator.view;

import java.math.BigDecimal;

/** A number as written in the plan with its unit: {@code 5.2 %}, {@code 16 people}, {@code 80000 CNY}. */
public record Amount(BigDecimal value, String unit) {

	public static Amount of(BigDecimal value, String unit) {
		return value == null ? null : new Amount(value, unit);
	}
}
