package plan.dsl.ide.server;

import java.util.Collections;

import org.apache.log4j.Appender;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.Filter;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * Keeps Xtext from logging a request that failed on a position outside the document: the client gets
 * "invalid params" ({@link ProtocolErrors}), and the log entry would hold the whole document text, once per
 * bad request. Every other error is still logged.
 */
final class QuietBadPositions extends Filter {

	/** Adds the filter to every appender of the root logger. */
	static void install() {
		for (Object appender : Collections.list(Logger.getRootLogger().getAllAppenders())) {
			((Appender) appender).addFilter(new QuietBadPositions());
		}
	}

	@Override
	public int decide(LoggingEvent event) {
		ThrowableInformation thrown = event.getThrowableInformation();
		Throwable cause = thrown == null ? null : thrown.getThrowable();
		while (cause != null) {
			if (ProtocolErrors.isBadPosition(cause)) {
				return DENY;
			}
			cause = cause.getCause();
		}
		return NEUTRAL;
	}
}
