package plan.dsl.generator.data;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Schedule;
import plan.dsl.facts.Span;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/**
 * The plan's dates as an iCalendar: all-day events for phases and their milestones, projects (their
 * effective dates from the schedule) and goal deadlines ({@code due}). Elements without valid dates are
 * left out rather than guessed. The output is reproducible: every UID is derived from the plan's and the
 * element's names, and DTSTAMP is the reporting date, not the moment of generation, so regenerating an
 * unchanged plan gives the same bytes and calendar clients update events instead of duplicating them.
 */
final class PlanCalendar {

	static final String PRODUCT_ID = "-//plan.dsl//plan.dsl data export//EN";
	static final String UID_DOMAIN = "plan-dsl.org";

	private final PlanFacts facts;
	private final Plan plan;
	private final PlanMessages messages;
	private final DtStamp stamp;

	private PlanCalendar(PlanFacts facts) {
		this.facts = facts;
		this.plan = facts.plan();
		this.messages = PlanMessages.of(plan);
		this.stamp = new DtStamp(facts.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	static Calendar of(PlanFacts facts) {
		return new PlanCalendar(facts).build();
	}

	private Calendar build() {
		Calendar calendar = new Calendar()
				.add(new ProdId(PRODUCT_ID))
				.add(ImmutableVersion.VERSION_2_0)
				// no METHOD: that would make it an iTIP message (RFC 5546), whose PUBLISH needs an ORGANIZER
				.add(ImmutableCalScale.GREGORIAN);
		if (plan.getTitle() != null) {
			// NAME is RFC 7986; X-WR-CALNAME is what Outlook, Google and Apple calendars show
			calendar.add(new Name(plan.getTitle())).add(new XProperty("X-WR-CALNAME", plan.getTitle()));
		}
		// ical4j's component lists are immutable: Calendar.add copies every event added before, which made the
		// calendar of 10,000 projects allocate 29 times what the one of 1,000 did; so the events are set once
		List<CalendarComponent> events = new ArrayList<>();
		for (Phase phase : plan.getPhases()) {
			addEvent(events, "phase", phase.getName(), phase.getTitle(), Schedule.span(phase));
			for (Milestone milestone : phase.getMilestones()) {
				addEvent(events, "milestone", milestone.getName(), milestone.getTitle(),
						new Span(milestone.getDate(), milestone.getDate()));
			}
		}
		for (Project project : plan.getProjects()) {
			addEvent(events, "project", project.getName(), project.getTitle(), facts.schedule().span(project));
		}
		for (Goal goal : plan.getGoals()) {
			addEvent(events, "deadline", goal.getName(), goal.getTitle(), new Span(goal.getDue(), goal.getDue()));
		}
		calendar.setComponentList(new ComponentList<>(events));
		return calendar;
	}

	/** An all-day event; DTEND is exclusive in iCalendar, so it is the day after the span's last day. */
	private void addEvent(List<CalendarComponent> events, String kind, String name, String title, Span span) {
		if (!span.isValid() || name == null) {
			return;
		}
		LocalDate dayAfter = span.end().plusDays(1);
		VEvent event = new VEvent(span.start(), dayAfter, title == null ? name : title)
				.replace(stamp)
				.add(new Uid(uid(kind, name)))
				.add(new Categories(new TextList(messages.get("data.calendar." + kind))));
		events.add(event);
	}

	/** {@code <kind>.<plan>.<element>@plan-dsl.org}, names percent-encoded so the UID stays ASCII. */
	private String uid(String kind, String name) {
		return kind + "." + encode(plan.getName()) + "." + encode(name) + "@" + UID_DOMAIN;
	}

	private static String encode(String name) {
		return URLEncoder.encode(name == null ? "" : name, StandardCharsets.UTF_8);
	}
}
