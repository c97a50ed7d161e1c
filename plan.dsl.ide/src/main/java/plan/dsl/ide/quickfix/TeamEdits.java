package plan.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import plan.dsl.plan.Plan;
import plan.dsl.plan.Team;

/** Declares a team member: as the team's last line, or in a new {@code team} section when the plan has none. */
final class TeamEdits {

	private TeamEdits() {
	}

	/** The insertion of {@code personLine}; empty while the plan's or team's block is unterminated. */
	static Optional<Replacement> declare(Plan plan, SourceText source, KeywordStyle style, String personLine) {
		Team team = plan.getTeam();
		if (team != null) {
			OptionalInt brace = Blocks.closingBrace(team);
			return brace.isPresent()
					? Optional.of(source.insertBeforeClosingBrace(Blocks.start(team), brace.getAsInt(),
							List.of(personLine), false))
					: Optional.empty();
		}
		OptionalInt brace = Blocks.closingBrace(plan);
		return brace.isPresent()
				? Optional.of(source.insertBeforeClosingBrace(Blocks.start(plan), brace.getAsInt(),
						List.of(style.keyword("team") + " {", SourceText.INDENT + personLine, "}"), true))
				: Optional.empty();
	}
}
