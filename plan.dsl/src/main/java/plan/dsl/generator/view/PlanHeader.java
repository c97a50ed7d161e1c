package plan.dsl.generator.view;

import java.time.LocalDate;

import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.PlanKind;
import plan.dsl.plan.PlanStatus;

/** What a reader sees first: which plan, whose, when, in what state. Absent settings are {@code null}. */
public record PlanHeader(String name, String title, DocLanguage language, PlanKind kind, PlanStatus status,
		String organization, String version, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf,
		String theme, String slogan) {
}
