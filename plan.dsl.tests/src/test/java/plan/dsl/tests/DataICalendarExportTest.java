package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.Span;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.data.ICalendarExport;
import plan.dsl.plan.Goal;
import plan.dsl.plan.Milestone;
import plan.dsl.plan.Phase;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/** {@code <Name>.ics}: parsed back with ical4j, the events are exactly the plan's dated elements. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DataICalendarExportTest {

	@Inject
	DataPlans plans;

	/** One all-day event as a calendar client sees it; {@code end} is exclusive, as in iCalendar. */
	record Event(String summary, LocalDate start, LocalDate end) {
	}

	@TempDir
	Path dir;

	static Stream<Path> corpus() {
		return DataPlans.corpus().stream();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void parsedBackTheEventsAreThePlansDatedElements(Path file) throws Exception {
		PlanFacts facts = plans.facts(file);
		Calendar calendar = parse(write(facts));
		assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
		assertEquals(expectedEvents(facts), events(calendar));
	}

	@Test
	void projectsSpanTheirEffectiveDatesAndMilestonesOneDay() throws Exception {
		Set<Event> events = events(parse(write(plans.corpusPlan("cxzy-2026.plan"))));
		// A1 runs during phase P2 (2026-04-01 to 2026-10-31); DTEND is the day after
		assertTrue(events.contains(new Event("岗位技能比武", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 11, 1))), events.toString());
		assertTrue(events.contains(new Event("召开动员大会", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11))));
		assertTrue(events.contains(new Event("宣传动员", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))));
		assertTrue(events.contains(new Event("降低客户投诉率", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1))));
		assertEquals(3 + 3 + 3 + 2, events.size());
	}

	@Test
	void outputIsReproducibleWithStableUidsAndStampFromAsOf() throws Exception {
		PlanFacts facts = plans.corpusPlan("cxzy-2026.plan");
		byte[] first = Files.readAllBytes(write(facts));
		byte[] second = Files.readAllBytes(write(plans.corpusPlan("cxzy-2026.plan")));
		assertArrayEquals(first, second);

		Calendar calendar = parse(write(facts));
		List<VEvent> events = calendar.getComponents();
		Set<String> uids = new HashSet<>();
		for (VEvent event : events) {
			uids.add(value(event, Property.UID));
			assertEquals("20260301T000000Z", value(event, Property.DTSTAMP), "DTSTAMP is asof");
		}
		assertEquals(events.size(), uids.size(), "UIDs are unique");
		assertTrue(uids.contains("milestone.CXZY2026.M1@plan-dsl.org"), uids.toString());
		assertTrue(uids.contains("project.CXZY2026.A1@plan-dsl.org"));
		assertTrue(uids.contains("deadline.CXZY2026.G1@plan-dsl.org"));
		assertEquals("2026年度“创先争优”活动方案", calendar.getProperty("X-WR-CALNAME").get().getValue());
		assertEquals("里程碑", value(events.stream().filter(e -> value(e, Property.UID).startsWith("milestone.")).findFirst()
				.get(), Property.CATEGORIES));
	}

	@Test
	void chineseNamesGiveAsciiUids() throws Exception {
		PlanFacts facts = plans.corpusPlan("dangjian-2027.plan");
		String text = Files.readString(write(facts), StandardCharsets.UTF_8);
		assertTrue(text.contains("UID:phase.DJ2027.Q1@plan-dsl.org"), text);
		assertTrue(text.contains("SUMMARY:党建+攻坚专项行动"));
		assertTrue(text.contains("CATEGORIES:目标截止"));
	}

	@Test
	void hostileTextIsEscapedAsRfc5545RequiresAndReadsBackUnchanged() throws Exception {
		PlanFacts facts = plans.hostile();
		Path file = write(facts);
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, StandardCharsets.UTF_8);
		for (String line : text.split("\r\n")) {
			assertFalse(line.contains("\n") || line.contains("\r"), "only CRLF ends a line: " + line);
			assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
		}
		String unfolded = text.replace("\r\n ", "");
		assertTrue(unfolded.contains("SUMMARY:Project\\, with \"commas\" and\\na newline <script>alert(1)</script>"), unfolded);
		assertTrue(unfolded.contains("SUMMARY:Kick-off\\; <script>alert(1)</script>"));

		Calendar calendar = parse(file);
		assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
		assertEquals(expectedEvents(facts), events(calendar));
		Set<String> summaries = new HashSet<>();
		events(calendar).forEach(e -> summaries.add(e.summary()));
		assertTrue(summaries.contains(facts.plan().getProjects().get(0).getTitle()));
		assertTrue(summaries.contains("Goal \"one\", <script>alert('g')</script>"));
	}

	/** What the plan and its schedule say the calendar must hold. */
	private static Set<Event> expectedEvents(PlanFacts facts) {
		Plan plan = facts.plan();
		Set<Event> expected = new HashSet<>();
		for (Phase phase : plan.getPhases()) {
			expected.add(event(phase.getTitle(), phase.getRange().getFrom(), phase.getRange().getTo()));
			for (Milestone milestone : phase.getMilestones()) {
				expected.add(event(milestone.getTitle(), milestone.getDate(), milestone.getDate()));
			}
		}
		for (Project project : plan.getProjects()) {
			Span span = facts.schedule().span(project);
			expected.add(event(project.getTitle(), span.start(), span.end()));
		}
		for (Goal goal : plan.getGoals()) {
			expected.add(event(goal.getTitle(), goal.getDue(), goal.getDue()));
		}
		return expected;
	}

	private static Event event(String summary, LocalDate first, LocalDate last) {
		return new Event(summary, first, last.plusDays(1));
	}

	private static Set<Event> events(Calendar calendar) {
		Set<Event> events = new HashSet<>();
		for (VEvent event : calendar.<VEvent>getComponents()) {
			events.add(new Event(value(event, Property.SUMMARY), date(event, Property.DTSTART), date(event, Property.DTEND)));
		}
		return events;
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).orElseThrow().getValue();
	}

	private static LocalDate date(VEvent event, String property) {
		DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
		return (LocalDate) date.getDate();
	}

	private Path write(PlanFacts facts) throws Exception {
		List<Path> files = new ICalendarExport().write(facts, OutputFolder.open(dir));
		assertEquals(List.of(dir.resolve(facts.plan().getName() + ".ics")), files);
		return files.get(0);
	}

	private static Calendar parse(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return new CalendarBuilder().build(in);
		}
	}
}
