package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.sun.management.ThreadMXBean;

import plan.dsl.benchmarks.Facts;
import plan.dsl.benchmarks.Language;
import plan.dsl.benchmarks.SyntheticPlans;
import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;

/**
 * The work of parsing, validating and writing every output grows linearly with the plan: for ten times the projects
 * each allocates at most 12 times the bytes. Allocation, unlike time, is the same on a busy machine, so this guards against a generator that copies
 * what it built on every step (ical4j's immutable component lists once made the calendar of 10,000 projects allocate
 * 29 times what the one of 1,000 did) without timing anything; the times are in benchmarks/run.sh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchAllocationGrowthTest {

	private static final int SMALL = 400;
	private static final int LARGE = 10 * SMALL;
	private static final double GOAL = 12.0;

	private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private String smallText;
	private String largeText;
	private PlanFacts small;
	private PlanFacts large;

	@TempDir
	Path dir;

	@BeforeAll
	void loadBothPlans() {
		smallText = SyntheticPlans.generate(SMALL);
		largeText = SyntheticPlans.generate(LARGE);
		small = Facts.computed(new PlanFacts(Language.loadValid(smallText), null));
		large = Facts.computed(new PlanFacts(Language.loadValid(largeText), null));
	}

	static Iterable<String> formats() {
		return PlanOutputs.formats();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formats")
	void writingTenTimesTheProjectsAllocatesAtMostTwelveTimesTheBytes(String format) throws Exception {
		PlanOutput output = PlanOutputs.byFormat(format).orElseThrow();
		OutputFolder folder = OutputFolder.open(dir.resolve(format));
		output.write(small, folder); // classes loaded, caches filled: not part of either figure
		long smallBytes = allocatedBy(() -> output.write(small, folder));
		long largeBytes = allocatedBy(() -> output.write(large, folder));
		double growth = (double) largeBytes / smallBytes;
		assertTrue(growth <= GOAL, () -> "%s: %,d bytes for %d projects, %,d for %d: %.1f times"
				.formatted(format, smallBytes, SMALL, largeBytes, LARGE, growth));
	}

	@Test
	void parsingLinkingAndValidatingTenTimesTheProjectsAllocatesAtMostTwelveTimesTheBytes() throws Exception {
		Language.validate(Language.load(smallText)); // classes loaded, caches filled: not part of either figure
		long smallBytes = allocatedBy(() -> Language.validate(Language.load(smallText)));
		long largeBytes = allocatedBy(() -> Language.validate(Language.load(largeText)));
		double growth = (double) largeBytes / smallBytes;
		assertTrue(growth <= GOAL, () -> "%,d bytes for %d projects, %,d for %d: %.1f times"
				.formatted(smallBytes, SMALL, largeBytes, LARGE, growth));
	}

	/** The bytes the test's thread allocates doing {@code work}. */
	private long allocatedBy(Work work) throws Exception {
		long thread = Thread.currentThread().threadId();
		long before = threads.getThreadAllocatedBytes(thread);
		work.run();
		return threads.getThreadAllocatedBytes(thread) - before;
	}

	private interface Work {
		void run() throws Exception;
	}
}
