package plan.dsl.generator.view;

import java.util.List;

/** Share of what the plan's kind requires that is present (0–100) and the names of what is missing. */
public record CompletenessView(int percent, List<String> missing) {
}
