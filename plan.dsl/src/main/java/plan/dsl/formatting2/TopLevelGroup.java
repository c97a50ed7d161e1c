package plan.dsl.formatting2;

import static plan.dsl.plan.PlanPackage.Literals.*;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The groups a plan's top-level entries fall into. Different groups are always one blank line apart; inside a
 * group, entries sit on consecutive lines (settings; theme, slogan and audience), are one blank line apart
 * (blocks such as goals and projects), or keep the author's choice of zero or one blank line (phases and
 * outcomes, which read as lists).
 */
enum TopLevelGroup {
	SETTINGS(1, 1, PLAN__KIND, PLAN__LANGUAGE, PLAN__ORGANIZATION, PLAN__PERIOD, PLAN__STATUS, PLAN__VERSION, PLAN__ASOF),
	BACKGROUND(2, 2, PLAN__BACKGROUND),
	GOALS(2, 2, PLAN__GOALS),
	TEAM(2, 2, PLAN__TEAM),
	RESEARCH(2, 2, PLAN__RESEARCH),
	CAMPAIGN(1, 1, PLAN__THEME, PLAN__SLOGAN, PLAN__AUDIENCE),
	PHASES(1, 2, PLAN__PHASES),
	PROJECTS(2, 2, PLAN__PROJECTS),
	CRITERIA(2, 2, PLAN__CRITERIA),
	PUBLICITY(2, 2, PLAN__PUBLICITY),
	SAFEGUARDS(2, 2, PLAN__SAFEGUARDS),
	OUTCOMES(1, 2, PLAN__OUTCOMES),
	APPROVAL(2, 2, PLAN__APPROVAL),
	TRACKING(2, 2, PLAN__TRACKING),
	RESULTS(2, 2, PLAN__RESULTS);

	/** Line breaks before an entry that follows another of the same group (2 = one blank line). */
	final int minNewLines;
	final int maxNewLines;
	final EStructuralFeature[] features;

	TopLevelGroup(int minNewLines, int maxNewLines, EStructuralFeature... features) {
		this.minNewLines = minNewLines;
		this.maxNewLines = maxNewLines;
		this.features = features;
	}
}
