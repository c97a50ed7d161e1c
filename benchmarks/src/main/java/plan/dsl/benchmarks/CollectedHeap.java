package plan.dsl.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A heap collected before every operation, outside the measured time, so the operation's own objects are never
 * copied by a collection that the previous operation's garbage started. Only for operations of milliseconds or
 * more: JMH times each invocation on its own.
 */
@State(Scope.Thread)
public class CollectedHeap {

	@Setup(Level.Invocation)
	public void collect() {
		System.gc();
	}
}
