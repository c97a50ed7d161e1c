package plan.dsl.generator.data;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationException;
import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.SingleFileOutput;

/**
 * {@code <Name>.ics} (RFC 5545, UTF-8): phases, milestones, projects and goal deadlines as all-day events
 * (see {@link PlanCalendar}). ical4j escapes text values ({@code ,} {@code ;} {@code \} and newlines) and
 * folds long lines; nothing else is escaped, so titles appear in calendar clients exactly as written.
 */
public final class ICalendarExport extends SingleFileOutput {

	public ICalendarExport() {
		super("ics", ".ics");
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		Calendar calendar = toCalendar(facts);
		return List.of(out.write(fileName(facts), stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			try {
				// not validating while writing: a client reads a calendar ical4j would find fault with
				// better than no calendar at all; the tests validate every calendar built
				// (the outputter flushes and closes the writer itself)
				new CalendarOutputter(false).output(calendar, writer);
			} catch (ValidationException e) {
				throw new IOException("iCalendar of " + facts.plan().getName() + " is invalid: " + e.getMessage(), e);
			}
		}));
	}

	/** The calendar as an ical4j model, for callers that serve or merge it rather than write a file. */
	public Calendar toCalendar(PlanFacts facts) {
		return PlanCalendar.of(facts);
	}
}
