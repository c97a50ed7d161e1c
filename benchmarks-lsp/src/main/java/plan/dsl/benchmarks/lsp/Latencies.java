package plan.dsl.benchmarks.lsp;

import java.util.Arrays;
import java.util.Locale;

/**
 * Measured durations and their order statistics by the nearest-rank method: the p-th percentile is the
 * smallest sample that at least p % of the samples do not exceed (so the 99th of 300 samples is the 297th
 * smallest).
 */
final class Latencies {

	private long[] nanos = new long[64];
	private int count;

	void add(long durationNanos) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = durationNanos;
	}

	int count() {
		return count;
	}

	/** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds. */
	double percentileMillis(double p) {
		if (count == 0) {
			throw new IllegalStateException("no samples");
		}
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * count);
		return sorted[Math.max(rank, 1) - 1] / 1e6;
	}

	double medianMillis() {
		return percentileMillis(50);
	}

	double maxMillis() {
		return percentileMillis(100);
	}

	/** {@code median 12.3 ms  p99 40.1 ms  max 52.0 ms  (n=300)} */
	String summary() {
		return String.format(Locale.ROOT, "median %7.1f ms   p99 %7.1f ms   max %7.1f ms   (n=%d)", medianMillis(),
				percentileMillis(99), maxMillis(), count);
	}
}
