package plan.dsl.formatting2;

import static plan.dsl.plan.PlanPackage.Literals.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import plan.dsl.plan.Approval;
import plan.dsl.plan.Background;
import plan.dsl.plan.Budget;
import plan.dsl.plan.Criteria;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.ProgressUpdate;
import plan.dsl.plan.Project;
import plan.dsl.plan.Publicity;
import plan.dsl.plan.Research;
import plan.dsl.plan.Results;
import plan.dsl.plan.Safeguards;
import plan.dsl.plan.Team;
import plan.dsl.plan.Tracking;

/**
 * The canonical layout of a .plan file. The formatter changes whitespace only: keywords keep the author's
 * language (English, Chinese or mixed) and every comment keeps its text. A file with syntax errors is left as
 * written.
 * <ul>
 * <li>Four spaces per block level; line breaks in the file's own convention ({@code \n} or {@code \r\n}); no
 * whitespace before the first comment or token of the file and exactly one line break at its end.</li>
 * <li>Exactly one space between the tokens of a line; no space before a comma and one after it. A percentage is
 * written with one space before the sign, {@code 40 %} (the form the examples use; {@code 40%} is rewritten), and
 * a qualified name without spaces, {@code Plan.G1}.</li>
 * <li>An opening brace ends its line, after one space; the closing brace has a line of its own; everything in
 * between is indented one level.</li>
 * <li>One setting, field or item per line: each goal or project field, each background paragraph or item, each
 * team member, milestone, criterion, stage, budget item, round, report and update. Items written over several
 * lines are joined; items written on one line are split.</li>
 * <li>Top-level entries follow {@link TopLevelGroup}: settings on consecutive lines, and theme, slogan and
 * audience too; one blank line between different sections and between goals and between projects; phases and
 * outcomes keep the author's zero or one blank line. Inside blocks at most one blank line the author put between
 * entries is kept.</li>
 * <li>A comment at the end of a line of code stays there, as far from the code as written; a comment on its own
 * line is indented like the code it precedes, or like the block's lines before a closing brace. Block comments
 * are not re-indented inside.</li>
 * </ul>
 */
public class PlanFormatter extends BlockLayoutFormatter {

	protected void format(Plan plan, IFormattableDocument doc) {
		spaceTokens(plan, doc);
		ISemanticRegion first = firstToken(plan);
		if (first != null) {
			// between a header comment and the plan, keep the author's blank line
			doc.prepend(first, f -> f.setNewLines(0, 0, 2));
		}
		braces(plan, doc);
		// a comment after the plan keeps its own line
		doc.append(regionFor(plan).keyword("}"), f -> f.setNewLines(1, 1, 2));
		layOutTopLevel(plan, doc);
		formatChildren(plan, doc);
	}

	protected void format(Background background, IFormattableDocument doc) {
		block(background, doc, BACKGROUND__PARAGRAPHS, BACKGROUND__ITEMS);
	}

	protected void format(Goal goal, IFormattableDocument doc) {
		block(goal, doc, GOAL__LEVEL, GOAL__SPECIFIC, GOAL__MEASURE, GOAL__OWNER, GOAL__ADDRESSES, GOAL__SUPPORTS,
				GOAL__DUE);
		qualifiedNames(regionFor(goal).features(GOAL__SUPPORTS), doc);
	}

	protected void format(Team team, IFormattableDocument doc) {
		block(team, doc, TEAM__PARTIES, TEAM__RESPONSIBILITIES);
	}

	protected void format(Research research, IFormattableDocument doc) {
		block(research, doc, RESEARCH__METHODS, RESEARCH__FINDINGS);
	}

	protected void format(Phase phase, IFormattableDocument doc) {
		block(phase, doc, PHASE__MILESTONES);
	}

	protected void format(Project project, IFormattableDocument doc) {
		block(project, doc, PROJECT__TYPE, PROJECT__OWNER, PROJECT__DURING, PROJECT__RANGE, PROJECT__AFTER,
				PROJECT__DELIVERABLE, PROJECT__STANDARD, PROJECT__SUPPORTS, PROJECT__FEATURED, PROJECT__INTEGRATES,
				PROJECT__BUDGET, PROJECT__STATUS);
		qualifiedNames(regionFor(project).features(PROJECT__SUPPORTS), doc);
	}

	protected void format(Criteria criteria, IFormattableDocument doc) {
		block(criteria, doc, CRITERIA__CRITERIA, CRITERIA__CYCLE, CRITERIA__PROCEDURE, CRITERIA__JUDGES);
	}

	protected void format(Criterion criterion, IFormattableDocument doc) {
		percent(regionFor(criterion).feature(CRITERION__WEIGHT), doc);
		formatChildren(criterion, doc);
	}

	protected void format(Publicity publicity, IFormattableDocument doc) {
		block(publicity, doc, PUBLICITY__STAGES);
	}

	protected void format(Safeguards safeguards, IFormattableDocument doc) {
		block(safeguards, doc, SAFEGUARDS__ORGANIZATION, SAFEGUARDS__PERSONNEL, SAFEGUARDS__BUDGET,
				SAFEGUARDS__MATERIALS);
	}

	protected void format(Budget budget, IFormattableDocument doc) {
		block(budget, doc, BUDGET__ITEMS);
	}

	protected void format(Approval approval, IFormattableDocument doc) {
		block(approval, doc, APPROVAL__ROUNDS);
	}

	protected void format(Tracking tracking, IFormattableDocument doc) {
		block(tracking, doc, TRACKING__REPORTS, TRACKING__UPDATES, TRACKING__ADJUSTMENTS);
	}

	protected void format(ProgressUpdate update, IFormattableDocument doc) {
		percent(regionFor(update).feature(PROGRESS_UPDATE__PROGRESS), doc);
	}

	protected void format(Results results, IFormattableDocument doc) {
		block(results, doc, RESULTS__ACTUALS);
	}

	/** Each entry starts a line; blank lines between entries follow {@link TopLevelGroup}. */
	private void layOutTopLevel(Plan plan, IFormattableDocument doc) {
		record Entry(ISemanticRegion start, TopLevelGroup group) {
		}
		List<Entry> entries = new ArrayList<>();
		for (TopLevelGroup group : TopLevelGroup.values()) {
			for (ISemanticRegion start : lineStarts(plan, group.features)) {
				entries.add(new Entry(start, group));
			}
		}
		entries.sort(Comparator.comparingInt(entry -> entry.start().getOffset()));
		for (int i = 1; i < entries.size(); i++) {
			TopLevelGroup previous = entries.get(i - 1).group();
			TopLevelGroup group = entries.get(i).group();
			if (previous == group) {
				startLine(entries.get(i).start(), group.minNewLines, group.maxNewLines, doc);
			} else {
				startLine(entries.get(i).start(), 2, 2, doc);
			}
		}
	}

	private void qualifiedNames(List<ISemanticRegion> names, IFormattableDocument doc) {
		for (ISemanticRegion name : names) {
			doc.addReplacer(TokenInteriorReplacer.qualifiedName(name));
		}
	}

	private void percent(ISemanticRegion token, IFormattableDocument doc) {
		if (token != null) {
			doc.addReplacer(TokenInteriorReplacer.percent(token));
		}
	}
}
