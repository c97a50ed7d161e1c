package plan.dsl.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import plan.dsl.plan.Milestone;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanStatus;
import plan.dsl.plan.ProgressUpdate;
import plan.dsl.plan.Project;
import plan.dsl.plan.ProjectStatus;

/**
 * When things happen in a plan: effective dates of projects, the {@code after} dependency graph with its
 * cycles and critical chain, progress and lateness as of the reporting date, and the bounds a Gantt chart
 * needs. Computed once per plan, in time linear in its size: plans may hold 10,000 projects.
 */
public final class Schedule {

	public static final BigDecimal COMPLETE = BigDecimal.valueOf(100);

	private static final Set<PlanStatus> CARRIED_OUT = EnumSet.of(PlanStatus.RUNNING, PlanStatus.CLOSED);

	private final Plan plan;
	private final LocalDate asOf;
	private final Map<Project, Span> spans = new HashMap<>();
	private final DependencyGraph graph;
	private final Map<Project, ProgressUpdate> latestUpdates = new HashMap<>();
	private List<Project> criticalChain;

	Schedule(Plan plan, LocalDate asOf) {
		this.plan = Objects.requireNonNull(plan);
		this.asOf = asOf;
		for (Project project : plan.getProjects()) {
			spans.put(project, effectiveSpan(project));
		}
		graph = new DependencyGraph(plan.getProjects());
		collectLatestUpdates();
	}

	/** The reporting date that lateness and progress are measured at. */
	public LocalDate asOf() {
		return asOf;
	}

	/** The plan's declared period (possibly incomplete or inverted). */
	public Span period() {
		return Span.of(plan.getPeriod());
	}

	public static Span span(Phase phase) {
		return phase == null || phase.eIsProxy() ? Span.UNKNOWN : Span.of(phase.getRange());
	}

	/**
	 * A project's effective dates: its own {@code from … to} when written, otherwise the range of the phase
	 * it runs {@code during}. Own dates win when both are written because they are the more precise
	 * statement ("during P2, from May 1 to May 20").
	 */
	public Span span(Project project) {
		Span span = spans.get(project);
		return span != null ? span : effectiveSpan(project);
	}

	public LocalDate start(Project project) {
		return span(project).start();
	}

	public LocalDate end(Project project) {
		return span(project).end();
	}

	private static Span effectiveSpan(Project project) {
		return project.getRange() != null ? Span.of(project.getRange()) : span(project.getDuring());
	}

	/** Earliest known day of the plan: its period start or any earlier phase, milestone or project date. */
	public LocalDate firstDay() {
		return datedThings().map(Span::start).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
	}

	/** Latest known day of the plan, counterpart of {@link #firstDay()}; together the axis of a Gantt. */
	public LocalDate lastDay() {
		return datedThings().map(Span::end).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
	}

	private Stream<Span> datedThings() {
		Stream<Span> milestones = plan.getPhases().stream().flatMap(p -> p.getMilestones().stream())
				.map(Milestone::getDate).map(day -> new Span(day, day));
		return Stream.of(Stream.of(period()), plan.getPhases().stream().map(Schedule::span), milestones,
				plan.getProjects().stream().map(this::span)).flatMap(s -> s);
	}

	// ---------------------------------------------------------------- dependencies

	/** The projects of this plan that {@code project} comes {@code after} (unresolved names left out). */
	public List<Project> dependencies(Project project) {
		return graph.dependencies(project);
	}

	public boolean isInCycle(Project project) {
		return graph.isInCycle(project);
	}

	/** Whether {@code a} and {@code b} are on one dependency cycle, so neither can go first. */
	public boolean inSameCycle(Project a, Project b) {
		return graph.inSameCycle(a, b);
	}

	/** The projects of the cycle through {@code project}, in written order; empty when it is on none. */
	public List<Project> cycleOf(Project project) {
		return graph.cycleOf(project);
	}

	/** Every dependency cycle (strongly connected group of projects), in written order. */
	public List<List<Project>> cycles() {
		return graph.cycles();
	}

	/**
	 * The critical chain: the sequence of projects linked by {@code after} whose effective spans add up
	 * to the most days, leaving out projects on a cycle (their order is undefined). Measured as the sum of
	 * the projects' own days, not first start to last end, because gaps between projects are slack that
	 * absorbs delay, while the days of work on the chain are what postpone everything after it when one
	 * slips; a project without valid dates counts 0 days. First project first.
	 */
	public synchronized List<Project> criticalChain() {
		if (criticalChain == null) {
			criticalChain = Collections.unmodifiableList(graph.heaviestChain(p -> span(p).days()));
		}
		return criticalChain;
	}

	/** Total days of the critical chain's projects. */
	public long criticalChainDays() {
		return criticalChain().stream().mapToLong(p -> span(p).days()).sum();
	}

	// ---------------------------------------------------------------- progress and lateness

	private void collectLatestUpdates() {
		if (plan.getTracking() == null) {
			return;
		}
		for (ProgressUpdate update : plan.getTracking().getUpdates()) {
			Project project = update.getProject();
			if (project == null || project.eIsProxy() || update.getDate() == null || update.getProgress() == null
					|| asOf != null && update.getDate().isAfter(asOf)) {
				continue;
			}
			// on the same day the update written later wins: it corrects the earlier one
			latestUpdates.merge(project, update,
					(earlier, later) -> later.getDate().isBefore(earlier.getDate()) ? earlier : later);
		}
	}

	/** The latest update of {@code project} dated on or before {@link #asOf()}, or {@code null}. */
	public ProgressUpdate latestUpdate(Project project) {
		return latestUpdates.get(project);
	}

	/**
	 * Progress in percent as of {@link #asOf()}: 100 for a project whose status is {@code done}, else the
	 * latest update's figure, else {@code null} (nothing reported yet).
	 */
	public BigDecimal progress(Project project) {
		if (project.getStatus() == ProjectStatus.DONE) {
			return COMPLETE;
		}
		ProgressUpdate update = latestUpdate(project);
		return update == null ? null : update.getProgress();
	}

	/**
	 * Late: the plan is carried out ({@code running} or {@code closed}: a draft whose dates have passed is
	 * being planned, not running late), the project is past its end as of {@link #asOf()} (the end day itself
	 * still counts as on time) and under 100 % by its latest update, no update meaning 0 %. Cancelled projects
	 * are never late.
	 */
	public boolean isLate(Project project) {
		LocalDate end = end(project);
		if (!CARRIED_OUT.contains(plan.getStatus()) || asOf == null || end == null || !asOf.isAfter(end)
				|| project.getStatus() == ProjectStatus.CANCELLED) {
			return false;
		}
		BigDecimal progress = progress(project);
		return progress == null || progress.compareTo(COMPLETE) < 0;
	}

	/** The late projects in written order. */
	public List<Project> lateProjects() {
		return plan.getProjects().stream().filter(this::isLate).toList();
	}
}
