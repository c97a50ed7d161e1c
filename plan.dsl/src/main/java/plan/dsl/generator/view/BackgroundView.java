package plan.dsl.generator.view;

import java.util.List;

import plan.dsl.plan.BackgroundKind;

/** A named background item (challenge, opportunity, task, weakness) and the goals that address it. */
public record BackgroundView(String name, BackgroundKind kind, String text, List<String> addressedBy) {
}
