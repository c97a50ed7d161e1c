package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import plan.dsl.benchmarks.OutputState;
import plan.dsl.generator.PlanOutputs;

/** The output benchmark measures every format of {@link PlanOutputs}, in its order: a new output cannot be left out. */
class BenchOutputFormatsTest {

	@Test
	void outputBenchmarkCoversEveryFormat() throws Exception {
		Param formats = OutputState.class.getField("format").getAnnotation(Param.class);
		assertEquals(PlanOutputs.formats(), List.of(formats.value()));
	}
}
