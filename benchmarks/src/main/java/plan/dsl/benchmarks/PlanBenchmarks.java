package plan.dsl.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.IParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.parser.antlr.internal.InternalPlanLexer;
import plan.dsl.plan.Plan;

/**
 * Every stage of the tool chain over synthetic plans of 100, 1,000 and 10,000 projects, from the lexer
 * alone (the floor no parser can beat) to writing each output; {@code benchmarks/run.sh} runs them and
 * prints each figure as a multiple of the lexer floor of the same size.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// a fixed heap, so heap resizing does not show in the figures; as the command line, no Guice class generation
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g", "-Dguice_bytecode_gen_option=DISABLED" })
public class PlanBenchmarks {

	/** POI's and XmlBeans' code takes about 10 s to compile fully: until then the DOCX time keeps falling. */
	private static final int OUTPUT_WARMUP = 10;

	/** The generated ANTLR lexer over the whole text, counting tokens (hidden ones included). */
	@Benchmark
	public int lexer(TextState state) {
		InternalPlanLexer lexer = new InternalPlanLexer(new ANTLRStringStream(state.text));
		int tokens = 0;
		while (lexer.nextToken().getType() != Token.EOF) {
			tokens++;
		}
		return tokens;
	}

	/** Lexing and parsing into the node model and the EMF model; no resource, no linking. */
	@Benchmark
	public EObject parse(TextState state) {
		return state.injector.getInstance(IParser.class).parse(new StringReader(state.text)).getRootASTElement();
	}

	/** What {@code plan validate} does per file: load into a resource, resolve all references, validate. */
	@Benchmark
	public int parseLinkValidate(TextState state) {
		return Language.validate(Language.load(state.text)).size();
	}

	/** Fresh derived facts of a linked plan: schedule with critical chain, SMART, completeness, budget. */
	@Benchmark
	public PlanFacts facts(ModelState state) {
		return Facts.computed(new PlanFacts(state.plan, null));
	}

	/** One output format written from a linked plan whose facts are already computed. */
	@Benchmark
	@Warmup(iterations = OUTPUT_WARMUP, time = 1)
	public List<Path> output(OutputState state) throws IOException {
		return state.output.write(state.facts, state.folder);
	}

	/** Every output of the 1,000-project plan from its linked model, facts computed afresh. */
	@Benchmark
	@Warmup(iterations = OUTPUT_WARMUP, time = 1)
	public int allOutputs(AllOutputsState state) throws IOException {
		return writeAll(new PlanFacts(state.plan, null), state);
	}

	/** {@code plan generate} in process: parse, link, validate, then every output from the shared facts. */
	@Benchmark
	@Warmup(iterations = OUTPUT_WARMUP, time = 1)
	public int parseValidateAllOutputs(AllOutputsState state) throws IOException {
		Plan plan = Language.loadValid(state.text);
		return writeAll(Language.injector().getInstance(PlanFactsProvider.class).get(plan), state);
	}

	private static int writeAll(PlanFacts facts, AllOutputsState state) throws IOException {
		int files = 0;
		for (PlanOutput output : PlanOutputs.all()) {
			files += output.write(facts, state.folder).size();
		}
		return files;
	}
}
