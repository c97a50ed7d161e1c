package plan.dsl.ide.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Keeps typing responsive in large plans. Xtext's server parses, links, indexes and validates in one write
 * request per change, and every other request waits behind it: in a 10,000-line plan, completion asked for
 * right after a keystroke waited for the whole validation of the plan. Instead:
 * <ul>
 * <li>a change is built without validation ({@link PlanProjectManager}): parsed, linked and indexed, which is
 * all completion, hover or navigation need, so they wait only for that;</li>
 * <li>validation runs afterwards as a read request, in parallel with completion and hover, once edits have
 * paused for {@link #QUIET_MILLIS} — a burst of keystrokes is validated once;</li>
 * <li>the next change cancels a validation in progress (Xtext cancels earlier requests when a write comes);
 * what was not validated yet stays queued and is validated after the next pause;</li>
 * <li>the files just changed are validated first and their diagnostics published at once, then the files that
 * refer to them, each published as soon as it is done: checks that span the workspace never delay the
 * diagnostics of the file being typed in.</li>
 * </ul>
 */
@Singleton
public class DeferredValidation {

	/** How long edits must pause before validation starts. */
	static final long QUIET_MILLIS = 100;

	private static final Logger LOG = Logger.getLogger(DeferredValidation.class);

	/** Files to validate, in order, with the project that built them. */
	private final Map<URI, PlanProjectManager> pending = new LinkedHashMap<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "plan-deferred-validation");
		thread.setDaemon(true);
		return thread;
	});

	private ScheduledFuture<?> scheduled;
	private CompletableFuture<Void> running;

	@Inject
	private PlanRequestManager requestManager;

	@Inject
	private OperationCanceledManager cancelManager;

	/**
	 * Queues {@code uris} (the changed files first) ahead of everything queued before, and restarts the
	 * quiet period.
	 */
	public synchronized void enqueue(PlanProjectManager project, List<URI> uris) {
		Map<URI, PlanProjectManager> reordered = new LinkedHashMap<>();
		uris.forEach(uri -> reordered.put(uri, project));
		pending.forEach(reordered::putIfAbsent);
		pending.clear();
		pending.putAll(reordered);
		schedule();
	}

	private synchronized void schedule() {
		if (scheduled != null) {
			scheduled.cancel(false);
		}
		scheduled = timer.schedule(this::start, QUIET_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Starts validating as a read request, unless a validation is still working through the queue. */
	private synchronized void start() {
		if (pending.isEmpty() || running != null && !running.isDone()) {
			return;
		}
		running = requestManager.runBackgroundRead(this::validatePending);
	}

	private Void validatePending(CancelIndicator cancelIndicator) {
		while (true) {
			Map.Entry<URI, PlanProjectManager> next = first();
			if (next == null) {
				return null;
			}
			try {
				next.getValue().validate(next.getKey(), cancelIndicator);
				done(next.getKey(), next.getValue());
			} catch (Throwable failure) {
				if (cancelManager.isOperationCanceledException(failure)) {
					// a change came in; it queues its own files and the rest waits for the next pause
					reschedule();
					throw failure;
				}
				LOG.error("Validation of " + next.getKey() + " failed", failure);
				done(next.getKey(), next.getValue());
			}
		}
	}

	private synchronized Map.Entry<URI, PlanProjectManager> first() {
		if (pending.isEmpty()) {
			return null;
		}
		Map.Entry<URI, PlanProjectManager> first = pending.entrySet().iterator().next();
		return Map.entry(first.getKey(), first.getValue());
	}

	private synchronized void done(URI uri, PlanProjectManager project) {
		pending.remove(uri, project);
	}

	private synchronized void reschedule() {
		if (!pending.isEmpty()) {
			schedule();
		}
	}
}
