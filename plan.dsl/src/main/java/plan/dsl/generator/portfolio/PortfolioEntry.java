package plan.dsl.generator.portfolio;

import java.util.List;

import plan.dsl.facts.PlanFacts;

/**
 * One plan of a portfolio: its facts, the source file as the user named it, and the paths of its generated
 * outputs relative to the portfolio's index (links), plus its diagnostic counts.
 */
public record PortfolioEntry(PlanFacts facts, String source, List<String> outputs, long errors, long warnings) {
}
