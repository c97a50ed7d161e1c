package plan.dsl.ide.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.server.concurrent.AbstractRequest;
import org.eclipse.xtext.ide.server.concurrent.ReadRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.ide.server.concurrent.WriteRequest;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function1;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager, which cancels every request in flight when a write comes, with two kinds of
 * requests the server starts by itself rather than for the client:
 * <ul>
 * <li>{@link #runBackgroundRead background reads} (validation once edits pause): cancelled by every write, as
 * any read is;</li>
 * <li>{@link #runBackgroundWrite background writes} (the index catching up after a pause): they cancel only
 * background reads and wait for the client's reads in flight. A completion that happened to be running when
 * the pause ran out was cancelled by it before, and the editor showed nothing.</li>
 * </ul>
 * Writes the client causes (a change) still cancel everything: what was asked before the change is stale.
 */
@Singleton
public class PlanRequestManager extends RequestManager {

	/** Requests submitted since the last write that cancelled all; pruned of finished ones. */
	private final List<AbstractRequest<?>> inFlight = new ArrayList<>();

	/** The requests of {@link #inFlight} that are background reads. */
	private final Set<AbstractRequest<?>> background = Collections.newSetFromMap(new IdentityHashMap<>());

	@Inject
	public PlanRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
		super(parallel, operationCanceledManager);
	}

	/** A read the server starts by itself; every write cancels it. */
	public synchronized <V> CompletableFuture<V> runBackgroundRead(Function1<? super CancelIndicator, ? extends V> cancellable) {
		ReadRequest<V> request = new ReadRequest<>(this, cancellable, getParallelExecutorService());
		background.add(request);
		return submit(request);
	}

	/**
	 * A write the server starts by itself: it cancels the background reads in flight and runs once the
	 * client's reads in flight have finished, without cancelling them.
	 */
	public synchronized <U, V> CompletableFuture<V> runBackgroundWrite(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
		List<CompletableFuture<?>> previous = new ArrayList<>(inFlight.size());
		for (AbstractRequest<?> request : inFlight) {
			if (background.contains(request)) {
				request.cancel();
			}
			previous.add(request.get());
		}
		return submit(new WriteRequest<>(this, nonCancellable, cancellable,
				CompletableFuture.allOf(previous.toArray(CompletableFuture<?>[]::new))));
	}

	@Override
	protected synchronized void addRequest(AbstractRequest<?> request) {
		super.addRequest(request);
		inFlight.removeIf(earlier -> {
			boolean done = earlier.get().isDone();
			if (done) {
				background.remove(earlier);
			}
			return done;
		});
		inFlight.add(request);
	}

	@Override
	protected synchronized CompletableFuture<Void> cancel() {
		inFlight.clear();
		background.clear();
		return super.cancel();
	}
}
