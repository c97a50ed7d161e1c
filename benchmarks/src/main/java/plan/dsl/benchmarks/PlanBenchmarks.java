package plan.dsl.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.TreeIterator;
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
// long enough for the JIT, which on two cores was still compiling Xtext and EMF code after 8 s (with 5 warm-up
// iterations a 1,000-project stage measured 10 times faster in its last iterations than in its first), and for
// POI's and XmlBeans' code, until whose compilation the DOCX time keeps falling
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed heap, so heap resizing does not show in the figures; as the command line, no Guice class generation.
// The throughput collector, as for any batch job: under G1, the JVM's default here, parse + link + validate grew
// 15.7x from 1,000 to 10,000 projects while its allocation grew 9.7x. G1 shrinks the young generation to keep each
// pause under 200 ms, so the larger plan meets more collections per operation, and each copies the half-built model,
// itself ten times larger: 44 % of the 10,000-project parse was spent in the collector. The parallel collector keeps
// a young generation the size of the work (10.7x; README, "Benchmarks").
// And the JIT compiles ANTLR's huge generated lexer and parser methods (over 8,000 bytes of bytecode), which it
// otherwise leaves interpreted until an on-stack replacement happens to compile them: without this the lexer
// floor of one size swung between 3 and 19 ms from one iteration to the next. The command line and the language
// server run without it; there it changed the 10,000-project validation by 3 % and the server's latency not at all.
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g", "-XX:+UseParallelGC", "-Dguice_bytecode_gen_option=DISABLED",
		"-XX:-DontCompileHugeMethods" })
public class PlanBenchmarks {

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

	/**
	 * As {@link #parseLinkValidate}, each operation starting from a collected heap ({@link CollectedHeap}, outside the
	 * measured time): the work itself, without the collector copying the half-built model of the operation, which
	 * back to back costs the 10,000-project plan more than the work does (README, "Benchmarks").
	 */
	@Benchmark
	public int parseLinkValidateFromCollectedHeap(TextState state, CollectedHeap heap) {
		return parseLinkValidate(state);
	}

	/**
	 * A walk over every object of a linked plan, doing nothing with them: the floor of the stages that read the
	 * model. Its time grows faster than the number of objects, as the larger model no longer fits in the processor's
	 * caches, and so does any linear pass over the model.
	 */
	@Benchmark
	public int modelWalk(ModelState state) {
		int objects = 0;
		for (TreeIterator<EObject> all = state.plan.eAllContents(); all.hasNext(); all.next()) {
			objects++;
		}
		return objects;
	}

	/** Fresh derived facts of a linked plan: schedule with critical chain, SMART, completeness, budget. */
	@Benchmark
	public PlanFacts facts(ModelState state) {
		return Facts.computed(new PlanFacts(state.plan, null));
	}

	/** One output format written from a linked plan whose facts are already computed. */
	@Benchmark
	public List<Path> output(OutputState state) throws IOException {
		return state.output.write(state.facts, state.folder);
	}

	/** Every output of the 1,000-project plan from its linked model, facts computed afresh. */
	@Benchmark
	public int allOutputs(AllOutputsState state) throws IOException {
		return writeAll(new PlanFacts(state.plan, null), state);
	}

	/** {@code plan generate} in process: parse, link, validate, then every output from the shared facts. */
	@Benchmark
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
