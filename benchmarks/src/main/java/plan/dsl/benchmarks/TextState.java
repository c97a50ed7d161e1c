package plan.dsl.benchmarks;

import java.io.StringReader;

import org.eclipse.xtext.parser.IParser;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.google.inject.Injector;

/** The text of a synthetic plan of each size, and the language's injector. */
@State(Scope.Benchmark)
public class TextState {

	@Param({ "100", "1000", "10000" })
	public int projects;

	public String text;
	public Injector injector;

	@Setup(Level.Trial)
	public void setUp() {
		injector = Language.injector();
		text = SyntheticPlans.generate(projects);
		if (injector.getInstance(IParser.class).parse(new StringReader(text)).hasSyntaxErrors()) {
			throw new IllegalStateException("the synthetic plan of " + projects + " projects has syntax errors");
		}
	}
}
