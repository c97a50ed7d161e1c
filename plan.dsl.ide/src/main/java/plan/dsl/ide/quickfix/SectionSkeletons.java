package plan.dsl.ide.quickfix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The text of a skeleton for each section a plan can be missing, in the file's keyword style.
 * <p>
 * Skeletons parse and link, so adding them never creates a new error. What only the author can know is left as
 * a placeholder in （…） — a request, never an invented fact — or left out (a goal gets no {@code measure},
 * {@code owner} or {@code addresses}, a project no {@code owner} or {@code supports}), so the completeness and
 * SMART checks keep pointing at it. Texts that are checked for vagueness (a goal's {@code specific}, a
 * qualitative criterion's description) get a placeholder short enough to be flagged.
 * Section ids are the lower-case English keywords; {@code period} is a setting but is reported like a section.
 */
public final class SectionSkeletons {

	/** Every section with a skeleton, in the order a plan reads (and skeletons are inserted). */
	public static final List<String> SECTION_IDS = List.of("period", "background", "goal", "team", "research",
			"theme", "slogan", "audience", "phase", "project", "criteria", "publicity", "safeguards", "outcome",
			"approval", "tracking");

	/** Sections whose skeleton names an owner or reporter, so it needs a declared person or unit. */
	public static final Set<String> NEED_A_PARTY = Set.of("publicity", "tracking");

	/** Sections whose skeleton refers to goals. */
	public static final Set<String> NEED_A_GOAL = Set.of("outcome");

	/**
	 * What skeletons refer to, taken from the plan.
	 *
	 * @param from first day the dated skeletons use (the plan's period, or a default one)
	 * @param to last day, also the {@code due} of a new goal
	 * @param asOf the reporting date, used for a first approval round
	 * @param party name of the person or unit that owns publicity and reports progress
	 * @param newGoal name of a new goal (one no goal has yet)
	 * @param outcomeGoals names of the goals a new outcome is {@code for}
	 */
	public record PlanShape(LocalDate from, LocalDate to, LocalDate asOf, String party, String newGoal,
			List<String> outcomeGoals) {
	}

	private final KeywordStyle style;
	private final UnaryOperator<String> placeholders;
	private final PlanShape shape;

	/**
	 * @param placeholders placeholder text by key (the part after {@code quickfix.placeholder.}), in the plan's
	 *        document language
	 */
	public SectionSkeletons(KeywordStyle style, UnaryOperator<String> placeholders, PlanShape shape) {
		this.style = style;
		this.placeholders = placeholders;
		this.shape = shape;
	}

	/**
	 * The section a validator's id names: the keyword ({@code goal}) or its plural ({@code goals}); empty for
	 * anything without a skeleton (e.g. {@code kind}, which needs the author's choice).
	 */
	public static Optional<String> sectionId(String reported) {
		String id = reported.strip().toLowerCase(Locale.ROOT);
		if (SECTION_IDS.contains(id)) {
			return Optional.of(id);
		}
		String singular = id.endsWith("s") ? id.substring(0, id.length() - 1) : id;
		return SECTION_IDS.contains(singular) ? Optional.of(singular) : Optional.empty();
	}

	/**
	 * {@code requested} section ids in insertion order, unknown ids dropped, plus the sections the others
	 * depend on: a team when a skeleton needs an owner and the plan declares nobody, a goal when an outcome
	 * needs one and the plan has none.
	 */
	public static List<String> withDependencies(Iterable<String> requested, boolean hasParty, boolean hasTeam,
			boolean hasGoal) {
		Set<String> ids = new LinkedHashSet<>();
		requested.forEach(ids::add);
		if (!hasParty && !hasTeam && ids.stream().anyMatch(NEED_A_PARTY::contains)) {
			ids.add("team");
		}
		if (!hasGoal && ids.stream().anyMatch(NEED_A_GOAL::contains)) {
			ids.add("goal");
		}
		return SECTION_IDS.stream().filter(ids::contains).toList();
	}

	/** The lines of section {@code id}, indented relative to the section's own first line. */
	public List<String> lines(String id) {
		return switch (id) {
		case "period" -> List.of(kw("period") + " " + span());
		case "background" -> List.of(
				kw("background") + " {",
				SourceText.INDENT + quoted("background.paragraph"),
				SourceText.INDENT + style.value("challenge") + " C1 " + quoted("background.challenge"),
				"}");
		case "goal" -> goal(shape.newGoal(), "organization", "goal.title");
		case "team" -> List.of(
				kw("team") + " {",
				SourceText.INDENT + personLine(style, placeholders, shape.party(), "leader"),
				"}");
		case "research" -> List.of(
				kw("research") + " {",
				SourceText.INDENT + kw("method") + " " + style.value("survey") + " " + quoted("research.method"),
				SourceText.INDENT + kw("finding") + " F1 " + quoted("research.finding"),
				"}");
		case "theme", "slogan", "audience" -> List.of(kw(id) + " " + quoted(id));
		case "phase" -> List.of(kw("phase") + " P1 " + quoted("phase.title") + " " + span());
		case "project" -> List.of(
				kw("project") + " A1 " + quoted("project.title") + " {",
				SourceText.INDENT + span(),
				SourceText.INDENT + kw("deliverable") + " " + quoted("project.deliverable"),
				SourceText.INDENT + kw("standard") + " " + quoted("project.standard"),
				"}");
		case "criteria" -> List.of(
				kw("criteria") + " {",
				SourceText.INDENT + kw("criterion") + " K1 " + quoted("criterion.title") + " " + kw("weight")
						+ " 100 % " + kw("qualitative") + " " + quoted("criterion.description"),
				SourceText.INDENT + kw("procedure") + " " + quoted("criteria.procedure"),
				SourceText.INDENT + kw("judges") + " " + quoted("criteria.judges"),
				"}");
		case "publicity" -> List.of(
				kw("publicity") + " {",
				SourceText.INDENT + kw("stage") + " " + quoted("publicity.stage") + " " + span() + " " + kw("via")
						+ " " + placeholders.apply("publicity.channel") + " " + kw("owner") + " " + shape.party()
						+ " " + quoted("publicity.content"),
				"}");
		case "safeguards" -> List.of(
				kw("safeguards") + " {",
				SourceText.INDENT + kw("organization") + " " + quoted("safeguards.organization"),
				SourceText.INDENT + kw("personnel") + " " + quoted("safeguards.personnel"),
				SourceText.INDENT + kw("materials") + " " + quoted("safeguards.materials"),
				"}");
		case "outcome" -> List.of(kw("outcome") + " R1 " + quoted("outcome.title") + " " + kw("for") + " "
				+ String.join(", ", shape.outcomeGoals()) + " " + kw("verified by") + " " + quoted("outcome.verified"));
		case "approval" -> List.of(
				kw("approval") + " {",
				SourceText.INDENT + kw("round") + " 1 " + kw("on") + " " + shape.asOf() + " " + kw("by") + " "
						+ quoted("approval.body") + " " + kw("decision") + " " + style.value("revise"),
				"}");
		case "tracking" -> List.of(
				kw("tracking") + " {",
				SourceText.INDENT + kw("report") + " " + style.value("monthly") + " " + kw("to") + " "
						+ quoted("tracking.body") + " " + kw("by") + " " + shape.party(),
				"}");
		default -> throw new IllegalArgumentException("No skeleton for section '" + id + "'");
		};
	}

	/** A goal at {@code level} (organization or individual) with its title and specific left as placeholders. */
	public List<String> goal(String name, String level, String titleKey) {
		return List.of(
				kw("goal") + " " + name + " " + quoted(titleKey) + " {",
				SourceText.INDENT + kw("level") + " " + style.value(level),
				SourceText.INDENT + kw("specific") + " " + quoted("goal.specific"),
				SourceText.INDENT + kw("due") + " " + shape.to(),
				"}");
	}

	/**
	 * The project of an annual plan: everything its kind asks of a project (owner, dates, deliverable, standard)
	 * and of the plan's projects (one {@code featured}, one that {@code integrates} business work), the owner
	 * being {@link PlanShape#party()} and the integrated work a placeholder.
	 */
	public List<String> annualProject() {
		List<String> lines = new ArrayList<>(lines("project"));
		lines.add(1, SourceText.INDENT + kw("owner") + " " + shape.party());
		lines.add(lines.size() - 1, SourceText.INDENT + kw("featured"));
		lines.add(lines.size() - 1, SourceText.INDENT + kw("integrates") + " " + quoted("project.integrates"));
		return List.copyOf(lines);
	}

	/** {@code person <name> "（职务）" role <role>}: how a team member is declared, position left to the author. */
	public static String personLine(KeywordStyle style, UnaryOperator<String> placeholders, String name,
			String role) {
		return style.keyword("person") + " " + name + " \"" + placeholders.apply("team.position") + "\" "
				+ style.keyword("role") + " " + style.value(role);
	}

	private String span() {
		return kw("from") + " " + shape.from() + " " + kw("to") + " " + shape.to();
	}

	private String kw(String english) {
		return style.keyword(english);
	}

	private String quoted(String key) {
		return '"' + placeholders.apply(key) + '"';
	}
}
