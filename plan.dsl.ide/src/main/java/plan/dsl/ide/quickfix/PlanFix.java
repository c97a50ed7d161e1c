package plan.dsl.ide.quickfix;

import java.util.List;

/**
 * A fix ready to offer: its label in the plan's language and the replacements it makes, all against the same
 * original text (as in LSP: edits of one change never overlap and are not shifted by each other).
 */
public record PlanFix(String label, List<Replacement> replacements) {
}
