package plan.dsl.generator.view;

import java.util.List;

/** A person or unit of the team and what it answers for: goals and projects, by title. */
public record OwnerView(String name, String position, boolean leader, List<String> owns) {
}
