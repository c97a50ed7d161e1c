package plan.dsl.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import plan.dsl.plan.Plan;

/** A synthetic plan of each size, parsed, linked and checked to have no errors. */
@State(Scope.Benchmark)
public class ModelState {

	@Param({ "100", "1000", "10000" })
	public int projects;

	public Plan plan;

	@Setup(Level.Trial)
	public void setUp() {
		plan = Language.loadValid(SyntheticPlans.generate(projects));
	}
}
