package plan.dsl.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * How a failed request reaches the client. A position outside the document is the client's mistake and gets
 * "invalid params"; anything else is an internal error with a one-line message. Never the stack trace or the
 * exception's full message, which lsp4j would send by default: Xtext puts the whole document text into the
 * message of a bad position, and a document may be megabytes.
 */
final class ProtocolErrors implements Function<Throwable, ResponseError> {

	private static final Logger LOG = Logger.getLogger(ProtocolErrors.class);
	private static final int LONGEST_MESSAGE = 200;

	@Override
	public ResponseError apply(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof ResponseErrorException response) {
			return response.getResponseError();
		}
		if (isBadPosition(cause)) {
			return new ResponseError(ResponseErrorCode.InvalidParams, "The position lies outside the document", null);
		}
		LOG.error("Request failed", cause);
		return new ResponseError(ResponseErrorCode.InternalError, shorten(cause.toString()), null);
	}

	/** Xtext's {@code Document} reports a line or character past the end (or negative) this way. */
	static boolean isBadPosition(Throwable cause) {
		return cause instanceof IndexOutOfBoundsException && cause.getMessage() != null
				&& cause.getMessage().startsWith("Position");
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException
				|| cause instanceof InvocationTargetException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String shorten(String message) {
		String line = message.lines().findFirst().orElse("");
		return line.length() <= LONGEST_MESSAGE ? line : line.substring(0, LONGEST_MESSAGE) + "…";
	}
}
