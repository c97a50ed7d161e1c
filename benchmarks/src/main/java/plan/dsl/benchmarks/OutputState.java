package plan.dsl.benchmarks;

import java.io.IOException;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;

/**
 * One output format of a synthetic plan of each size, with the plan's facts computed beforehand so only
 * the generator is measured; files go to a temporary folder, rewritten on every invocation.
 */
@State(Scope.Benchmark)
public class OutputState {

	@Param({ "100", "1000", "10000" })
	public int projects;

	// every format of PlanOutputs, in its order (BenchOutputFormatsTest keeps the two lists equal)
	@Param({ "md", "html", "docx", "dashboard", "brief", "mindmap", "json", "ics", "csv" })
	public String format;

	public PlanFacts facts;
	public PlanOutput output;
	public OutputFolder folder;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		output = PlanOutputs.byFormat(format)
				.orElseThrow(() -> new IllegalArgumentException("no output for format " + format));
		facts = Facts.computed(new PlanFacts(Language.loadValid(SyntheticPlans.generate(projects)), null));
		folder = TemporaryFolders.create();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		TemporaryFolders.delete(folder.root());
	}
}
