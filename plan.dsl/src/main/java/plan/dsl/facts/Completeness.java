package plan.dsl.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Goal;
import plan.dsl.plan.GoalLevel;
import plan.dsl.plan.Outcome;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanKind;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.Project;
import plan.dsl.plan.Role;
import plan.dsl.plan.Safeguards;

/**
 * What the plan's {@code kind} requires (LANGUAGE.md, "Completeness, by kind"), which of it is missing,
 * and the percentage done. Computed once per plan (see {@link PlanFacts#completeness()}).
 */
public final class Completeness {

	/** One thing a complete plan contains. Ids are stable: messages and outputs key on them. */
	public enum Requirement {
		/** Without a kind no completeness rules can be chosen, so the kind is the only requirement. */
		KIND("kind", null),
		BACKGROUND("background", null),
		GOALS("goals", null),
		/** A {@code team} with a person whose role is {@code leader}. */
		TEAM_LEADER("team", null),
		THEME("theme", null),
		AUDIENCE("audience", null),
		PERIOD("period", null),
		PHASES("phases", null),
		PROJECTS("projects", null),
		CRITERIA("criteria", null),
		PUBLICITY("publicity", null),
		SAFEGUARDS("safeguards", null),
		/** An {@code outcome} for every goal (activity plans). */
		OUTCOMES("outcomes", GOALS),
		/** At least one goal of {@code level individual} (annual plans). */
		INDIVIDUAL_GOAL("individual-goal", GOALS),
		/** Every project has owner, dates, deliverable and standard (annual plans). */
		PROJECT_DETAILS("project-details", PROJECTS),
		/** One or two {@code featured} projects (annual plans). */
		FEATURED("featured", PROJECTS),
		/** At least one project that {@code integrates} business work (annual plans). */
		INTEGRATION("integration", PROJECTS),
		/** {@code tracking} with a {@code report} cadence (annual plans). */
		TRACKING_REPORT("tracking", null);

		private final String id;
		private final Requirement prerequisite;

		Requirement(String id, Requirement prerequisite) {
			this.id = id;
			this.prerequisite = prerequisite;
		}

		public String id() {
			return id;
		}

		/** The requirement this one refines: "every goal has an outcome" means little without goals. */
		public Requirement prerequisite() {
			return prerequisite;
		}

		/** The name shown to people, e.g. "主题" / "theme". */
		public String label(DocLanguage language) {
			return PlanMessages.of(language).get("completeness.item." + id);
		}

		/** What to write to satisfy it, e.g. {@code theme "…"}. */
		public String hint(DocLanguage language) {
			return PlanMessages.of(language).get("completeness.hint." + id);
		}
	}

	/** The parts every project of an annual plan needs. */
	public enum ProjectPart {
		OWNER, DATES, DELIVERABLE, STANDARD;

		public String label(DocLanguage language) {
			return PlanMessages.of(language).get("completeness.project-part." + name().toLowerCase(Locale.ROOT));
		}
	}

	/** An annual plan has one or two signature ({@code featured}) projects; more dilute the point. */
	public static final int MAX_FEATURED = 2;

	private static final List<Requirement> ACTIVITY = List.of(Requirement.BACKGROUND, Requirement.GOALS,
			Requirement.TEAM_LEADER, Requirement.THEME, Requirement.AUDIENCE, Requirement.PERIOD, Requirement.PHASES,
			Requirement.PROJECTS, Requirement.CRITERIA, Requirement.PUBLICITY, Requirement.SAFEGUARDS,
			Requirement.OUTCOMES);
	private static final List<Requirement> ANNUAL = List.of(Requirement.BACKGROUND, Requirement.GOALS,
			Requirement.INDIVIDUAL_GOAL, Requirement.PROJECTS, Requirement.PROJECT_DETAILS, Requirement.FEATURED,
			Requirement.INTEGRATION, Requirement.TRACKING_REPORT);
	private static final List<Requirement> PROJECT = List.of(Requirement.GOALS, Requirement.PROJECTS,
			Requirement.PERIOD);

	private final PlanKind kind;
	private final List<Requirement> required;
	private final Set<Requirement> missing = EnumSet.noneOf(Requirement.class);
	private final List<Goal> goalsWithoutOutcome = new ArrayList<>();
	private final Map<Project, Set<ProjectPart>> incompleteProjects = new LinkedHashMap<>();
	private final List<Project> featuredProjects = new ArrayList<>();

	Completeness(Plan plan) {
		kind = isWritten(plan, PlanPackage.Literals.PLAN__KIND) ? plan.getKind() : null;
		required = kind == null ? List.of(Requirement.KIND) : requiredFor(kind);
		collectGoalsWithoutOutcome(plan);
		collectProjectFacts(plan);
		for (Requirement requirement : required) {
			if (!isMet(requirement, plan)) {
				missing.add(requirement);
			}
		}
	}

	/** What a plan of {@code kind} must contain; {@code plan new} writes a skeleton from it. */
	public static List<Requirement> requiredFor(PlanKind kind) {
		return switch (kind) {
		case ACTIVITY -> ACTIVITY;
		case ANNUAL -> ANNUAL;
		case PROJECT -> PROJECT;
		};
	}

	/** The declared kind, or {@code null} when the plan has no {@code kind} setting. */
	public PlanKind kind() {
		return kind;
	}

	/** What the plan's kind requires, in the order of LANGUAGE.md. */
	public List<Requirement> required() {
		return required;
	}

	/** The required items the plan lacks, in the order of {@link #required()}. */
	public List<Requirement> missing() {
		return required.stream().filter(missing::contains).toList();
	}

	public boolean isMissing(Requirement requirement) {
		return missing.contains(requirement);
	}

	/**
	 * The missing items worth telling the author: an item whose prerequisite is itself missing is left out
	 * (no "no featured project" while there are no projects at all).
	 */
	public List<Requirement> missingToReport() {
		return missing().stream()
				.filter(r -> r.prerequisite() == null || !missing.contains(r.prerequisite()))
				.toList();
	}

	/** Share of required items present, 0–100, rounded down so that 100 means complete. */
	public int percent() {
		return (required.size() - missing.size()) * 100 / required.size();
	}

	/** Goals that no {@code outcome} is {@code for} (only counted for activity plans). */
	public List<Goal> goalsWithoutOutcome() {
		return Collections.unmodifiableList(goalsWithoutOutcome);
	}

	/** Projects lacking owner, dates, deliverable or standard, with what they lack (annual plans only). */
	public Map<Project, Set<ProjectPart>> incompleteProjects() {
		return Collections.unmodifiableMap(incompleteProjects);
	}

	/** Projects marked {@code featured}, in the plan's order. */
	public List<Project> featuredProjects() {
		return Collections.unmodifiableList(featuredProjects);
	}

	private void collectGoalsWithoutOutcome(Plan plan) {
		if (kind != PlanKind.ACTIVITY) {
			return;
		}
		Set<Goal> withOutcome = new HashSet<>();
		for (Outcome outcome : plan.getOutcomes()) {
			withOutcome.addAll(outcome.getGoals());
		}
		for (Goal goal : plan.getGoals()) {
			if (!withOutcome.contains(goal)) {
				goalsWithoutOutcome.add(goal);
			}
		}
	}

	private void collectProjectFacts(Plan plan) {
		for (Project project : plan.getProjects()) {
			if (project.isFeatured()) {
				featuredProjects.add(project);
			}
			if (kind == PlanKind.ANNUAL) {
				Set<ProjectPart> lacking = lackingParts(project);
				if (!lacking.isEmpty()) {
					incompleteProjects.put(project, Collections.unmodifiableSet(lacking));
				}
			}
		}
	}

	private static Set<ProjectPart> lackingParts(Project project) {
		Set<ProjectPart> lacking = EnumSet.noneOf(ProjectPart.class);
		if (project.getOwner() == null) {
			lacking.add(ProjectPart.OWNER);
		}
		if (project.getDuring() == null && project.getRange() == null) {
			lacking.add(ProjectPart.DATES);
		}
		if (isBlank(project.getDeliverable())) {
			lacking.add(ProjectPart.DELIVERABLE);
		}
		if (isBlank(project.getStandard())) {
			lacking.add(ProjectPart.STANDARD);
		}
		return lacking;
	}

	private boolean isMet(Requirement requirement, Plan plan) {
		return switch (requirement) {
			case KIND -> kind != null;
			case BACKGROUND -> plan.getBackground() != null
					&& !(plan.getBackground().getParagraphs().isEmpty() && plan.getBackground().getItems().isEmpty());
			case GOALS -> !plan.getGoals().isEmpty();
			case TEAM_LEADER -> plan.getTeam() != null && plan.getTeam().getParties().stream().anyMatch(Completeness::isLeader);
			case THEME -> !isBlank(plan.getTheme());
			case AUDIENCE -> plan.getAudience() != null;
			case PERIOD -> plan.getPeriod() != null;
			case PHASES -> !plan.getPhases().isEmpty();
			case PROJECTS -> !plan.getProjects().isEmpty();
			case CRITERIA -> plan.getCriteria() != null && !plan.getCriteria().getCriteria().isEmpty();
			case PUBLICITY -> plan.getPublicity() != null && !plan.getPublicity().getStages().isEmpty();
			case SAFEGUARDS -> plan.getSafeguards() != null && hasContent(plan.getSafeguards());
			case OUTCOMES -> goalsWithoutOutcome.isEmpty();
			case INDIVIDUAL_GOAL -> plan.getGoals().stream().anyMatch(g -> g.getLevel() == GoalLevel.INDIVIDUAL);
			case PROJECT_DETAILS -> !plan.getProjects().isEmpty() && incompleteProjects.isEmpty();
			case FEATURED -> !featuredProjects.isEmpty() && featuredProjects.size() <= MAX_FEATURED;
			case INTEGRATION -> plan.getProjects().stream().anyMatch(p -> !isBlank(p.getIntegrates()));
			case TRACKING_REPORT -> plan.getTracking() != null && !plan.getTracking().getReports().isEmpty();
		};
	}

	/**
	 * {@code role} defaults to the enum's first literal, {@code leader}, when it is not written; a person
	 * without a role is not the leader, so the source text decides.
	 */
	private static boolean isLeader(Party party) {
		return party instanceof Person person && person.getRole() == Role.LEADER
				&& isWritten(person, PlanPackage.Literals.PERSON__ROLE);
	}

	private static boolean hasContent(Safeguards safeguards) {
		return !isBlank(safeguards.getOrganization()) || !isBlank(safeguards.getPersonnel())
				|| safeguards.getBudget() != null || !isBlank(safeguards.getMaterials());
	}

	/**
	 * Whether an enum setting whose absent value equals its first literal ({@code kind activity},
	 * {@code role leader}) was really written; a model built in code (no source) is taken as it is.
	 */
	private static boolean isWritten(EObject object, EStructuralFeature feature) {
		return !SourceText.hasSource(object) || SourceText.isWritten(object, feature);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
