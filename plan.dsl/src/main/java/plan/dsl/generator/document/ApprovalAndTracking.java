package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plan.dsl.plan.Actual;
import plan.dsl.plan.Adjustment;
import plan.dsl.plan.Approval;
import plan.dsl.plan.ApprovalRound;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Goal;
import plan.dsl.plan.ProgressUpdate;
import plan.dsl.plan.Report;
import plan.dsl.plan.Results;
import plan.dsl.plan.Tracking;

/** 四、审批与跟踪: approval rounds, the tracking regime (reports, progress, adjustments) and results. */
final class ApprovalAndTracking {

	private final DocumentContext context;
	private final Wording words;

	ApprovalAndTracking(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		return new SectionContent()
				.subsection(approval())
				.subsection(tracking())
				.subsection(results())
				.section(1, words.text("doc.section.approvalAndTracking"));
	}

	private Optional<Section> approval() {
		Approval approval = context.plan().getApproval();
		if (approval == null) {
			return Optional.empty();
		}
		List<List<String>> rows = new ArrayList<>();
		for (ApprovalRound round : approval.getRounds()) {
			rows.add(List.of(words.text("doc.round", Integer.toString(round.getNumber())), words.date(round.getDate()),
					cell(round.getBody()), words.enumeration(round.getDecision()), cell(round.getComment())));
		}
		List<String> header = List.of(words.text("doc.col.round"), words.text("doc.col.date"),
				words.text("doc.col.body"), words.text("doc.col.decision"), words.text("doc.col.comment"));
		return new SectionContent()
				.table(new Block.Table(words.text("doc.table.approval"), header, rows, null))
				.section(2, words.text("doc.section.approval"));
	}

	private Optional<Section> tracking() {
		Tracking tracking = context.plan().getTracking();
		if (tracking == null) {
			return Optional.empty();
		}
		List<String> reports = tracking.getReports().stream().map(this::report).toList();
		List<List<String>> updates = new ArrayList<>();
		for (ProgressUpdate update : tracking.getUpdates()) {
			String project = update.getProject() == null ? "" : cell(update.getProject().getTitle());
			updates.add(List.of(words.date(update.getDate()), project, words.percent(update.getProgress()),
					cell(update.getNote())));
		}
		List<String> header = List.of(words.text("doc.col.date"), words.text("doc.col.project"),
				words.text("doc.col.progress"), words.text("doc.col.note"));
		List<String> adjustments = tracking.getAdjustments().stream().map(this::adjustment).toList();
		return new SectionContent()
				.items(words.label("doc.label.reports"), reports)
				.table(new Block.Table(words.text("doc.table.progress"), header, updates, null))
				.items(words.label("doc.label.adjustments"), adjustments)
				.section(2, words.text("doc.section.tracking"));
	}

	/** "每月向“公司党委”报告，由李娜负责". */
	private String report(Report report) {
		return words.text("doc.report", words.enumeration(report.getCadence()), cell(report.getBody()),
				words.party(report.getBy()));
	}

	private String adjustment(Adjustment adjustment) {
		return words.labelled(words.date(adjustment.getDate()), cell(adjustment.getText()));
	}

	private Optional<Section> results() {
		Results results = context.plan().getResults();
		if (results == null) {
			return Optional.empty();
		}
		List<List<String>> rows = new ArrayList<>();
		for (Actual actual : results.getActuals()) {
			rows.add(List.of(measured(actual), words.quantity(actual.getValue())));
		}
		List<String> header = List.of(words.text("doc.col.measured"), words.text("doc.col.actual"));
		return new SectionContent()
				.table(new Block.Table(words.text("doc.table.results"), header, rows, null))
				.section(2, words.text("doc.section.results"));
	}

	private static String measured(Actual actual) {
		if (actual.getMeasured() instanceof Criterion criterion) {
			return cell(criterion.getTitle());
		}
		if (actual.getMeasured() instanceof Goal goal) {
			return cell(goal.getTitle());
		}
		return "";
	}
}
