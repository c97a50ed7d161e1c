package plan.dsl.validation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;

import plan.dsl.facts.Completeness;
import plan.dsl.facts.Completeness.ProjectPart;
import plan.dsl.facts.Completeness.Requirement;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.Project;

/**
 * Reports what the plan's kind requires but the plan lacks, as computed by {@link Completeness}: one
 * diagnostic per missing section on the plan's name, and per goal or project where the gap is theirs.
 * Warnings in draft, errors from review on.
 */
public class CompletenessValidator extends PlanCheckBase {

	@Check
	public void checkCompleteness(Plan plan) {
		Completeness completeness = facts(plan).completeness();
		for (Requirement requirement : completeness.missingToReport()) {
			switch (requirement) {
				case TEAM_LEADER -> teamLeader(plan);
				case OUTCOMES -> completeness.goalsWithoutOutcome().forEach(this::goalWithoutOutcome);
				case INDIVIDUAL_GOAL -> missing(text(plan, "annual.no-individual-goal", plan.getName()), plan,
						PlanPackage.Literals.PLAN__NAME, PlanIssueCodes.ANNUAL_NO_INDIVIDUAL_GOAL);
				case PROJECT_DETAILS -> completeness.incompleteProjects().forEach(this::incompleteProject);
				case FEATURED -> featured(plan, completeness.featuredProjects());
				case INTEGRATION -> missing(text(plan, "annual.no-integration", plan.getName()), plan,
						PlanPackage.Literals.PLAN__NAME, PlanIssueCodes.ANNUAL_NO_INTEGRATION);
				default -> missingSection(plan, requirement);
			}
		}
	}

	private void missingSection(Plan plan, Requirement requirement) {
		DocLanguage language = plan.getLanguage();
		missing(text(plan, "completeness.missing-section", plan.getName(), requirement.label(language),
				requirement.hint(language)), plan, PlanPackage.Literals.PLAN__NAME, PlanIssueCodes.MISSING_SECTION,
				requirement.id());
	}

	/** A team without a leader is reported on the team, where the leader is to be written. */
	private void teamLeader(Plan plan) {
		if (plan.getTeam() == null) {
			missingSection(plan, Requirement.TEAM_LEADER);
		} else {
			missing(text(plan, "completeness.team-without-leader", plan.getName()), plan.getTeam(), null,
					PlanIssueCodes.MISSING_SECTION, Requirement.TEAM_LEADER.id());
		}
	}

	private void goalWithoutOutcome(Goal goal) {
		missing(text(goal, "completeness.goal-without-outcome", goal.getName(), goal.getTitle()), goal,
				PlanPackage.Literals.MEASURED__NAME, PlanIssueCodes.GOAL_WITHOUT_OUTCOME);
	}

	private void incompleteProject(Project project, Set<ProjectPart> lacking) {
		DocLanguage language = planOf(project).getLanguage();
		String parts = lacking.stream().map(part -> part.label(language))
				.collect(Collectors.joining(language == DocLanguage.EN ? ", " : "、"));
		missing(text(project, "annual.project-incomplete", project.getName(), project.getTitle(), parts), project,
				PlanPackage.Literals.PROJECT__NAME, PlanIssueCodes.ANNUAL_PROJECT_INCOMPLETE,
				lacking.stream().map(ProjectPart::name).toArray(String[]::new));
	}

	/** None: say so on the plan. Too many: on each {@code featured} beyond the second, where it is removed. */
	private void featured(Plan plan, List<Project> featured) {
		if (featured.isEmpty()) {
			missing(text(plan, "annual.featured-none", plan.getName()), plan, PlanPackage.Literals.PLAN__NAME,
					PlanIssueCodes.ANNUAL_FEATURED_COUNT);
			return;
		}
		for (Project project : featured.subList(Completeness.MAX_FEATURED, featured.size())) {
			missing(text(project, "annual.featured-too-many", String.valueOf(featured.size()), project.getName(),
					project.getTitle()), project, PlanPackage.Literals.PROJECT__FEATURED,
					PlanIssueCodes.ANNUAL_FEATURED_COUNT);
		}
	}
}
