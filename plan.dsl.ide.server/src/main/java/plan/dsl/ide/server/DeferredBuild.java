package plan.dsl.ide.server;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Builds the files that {@link PlanWorkspaceManager} re-parsed in place into the index once edits have
 * paused for {@link #QUIET_MILLIS}, so the index (other files' references, workspace symbols, find
 * references, rename) and the files that refer to a changed one catch up without a build per keystroke.
 * Requests that read the index ask for the build at once ({@link #buildNow}).
 */
@Singleton
public class DeferredBuild {

	/** How long edits must pause before the edited files are built into the index. */
	static final long QUIET_MILLIS = 1000;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "plan-deferred-build");
		thread.setDaemon(true);
		return thread;
	});

	private ScheduledFuture<?> scheduled;
	private WorkspaceManager workspace;

	@Inject
	private PlanRequestManager requestManager;

	/** Restarts the quiet period after which the files queued in {@code workspace} are built. */
	synchronized void schedule(WorkspaceManager workspace) {
		this.workspace = workspace;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
		scheduled = timer.schedule(this::buildNow, QUIET_MILLIS, TimeUnit.MILLISECONDS);
	}

	/**
	 * Submits the pending build as a background write request, so that requests submitted after it see its
	 * result; a completion or hover in flight is not cancelled by it but finishes first. Does nothing when no
	 * edit is waiting to be built.
	 */
	synchronized void buildNow() {
		if (workspace == null) {
			return;
		}
		if (scheduled != null) {
			scheduled.cancel(false);
			scheduled = null;
		}
		WorkspaceManager pending = workspace;
		workspace = null;
		requestManager.runBackgroundWrite(() -> pending.didChangeFiles(List.of(), List.of()),
				(cancelIndicator, build) -> build.build(cancelIndicator));
	}
}
