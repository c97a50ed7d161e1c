package plan.dsl.benchmarks;

import java.io.IOException;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import plan.dsl.generator.OutputFolder;
import plan.dsl.plan.Plan;

/** The 1,000-project plan of the "all outputs in under 2 s" target (issue 3), as text and validated model. */
@State(Scope.Benchmark)
public class AllOutputsState {

	@Param({ "1000" })
	public int projects;

	public String text;
	public Plan plan;
	public OutputFolder folder;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		text = SyntheticPlans.generate(projects);
		plan = Language.loadValid(text);
		folder = TemporaryFolders.create();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		TemporaryFolders.delete(folder.root());
	}
}
