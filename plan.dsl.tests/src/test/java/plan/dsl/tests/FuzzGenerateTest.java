package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.generator.portfolio.PortfolioEntry;
import plan.dsl.generator.portfolio.PortfolioIndex;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanInputException;

/**
 * Fuzz target: every generator (the nine outputs and the portfolio index) on any plan that validates without errors
 * writes its files without an exception, each non-empty, and nothing but those files. Seeds: {@code
 * FuzzGenerateTestInputs/generate/} (the corpus's valid plans and every finding).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class FuzzGenerateTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanFactsProvider factsProvider;

	@TempDir
	Path dir;

	@FuzzTest(maxDuration = FuzzDurations.CI)
	void generate(byte[] input) throws Exception {
		FuzzedPlan.Loaded loaded;
		try {
			loaded = FuzzedPlan.load(injector, dir.resolve(FuzzedPlan.SHOWN_AS), input);
		} catch (PlanInputException e) {
			return;
		}
		if (loaded.plan() == null || loaded.hasErrors()) {
			return; // plan generate refuses it (FuzzParseValidateTest checks the diagnostics)
		}
		Path outputs = dir.resolve("out");
		try {
			PlanFacts facts = factsProvider.get(loaded.plan());
			OutputFolder out = OutputFolder.open(outputs);
			List<Path> written = new ArrayList<>();
			for (PlanOutput output : PlanOutputs.all(f -> loaded.diagnostics().stream().map(OpenProblem::of).toList())) {
				List<Path> files = output.write(facts, out);
				assertTrue(!files.isEmpty(), output.format() + " writes a file");
				written.addAll(files);
			}
			List<String> names = written.stream().map(p -> out.root().relativize(p).toString()).toList();
			written.add(PortfolioIndex.write(List.of(new PortfolioEntry(facts, FuzzedPlan.SHOWN_AS, names, 0,
					loaded.diagnostics().stream().filter(d -> d.severity() == PlanDiagnostic.Severity.WARNING).count())),
					out));
			for (Path file : written) {
				assertTrue(Files.size(file) > 0, () -> file + " is not empty");
			}
			assertEquals(written.stream().sorted().toList(), filesUnder(outputs), "only the outputs, no temporary files");
		} finally {
			deleteTree(outputs);
		}
	}

	private static List<Path> filesUnder(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
