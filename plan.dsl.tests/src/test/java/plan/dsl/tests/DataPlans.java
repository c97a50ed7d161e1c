package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import com.google.inject.Injector;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanWorkspace;
import plan.dsl.plan.Plan;

/**
 * Plans for the data export tests: the complete plans of the shared corpus (skipped when the corpus is not
 * beside the clone) and {@code data/Hostile.plan}, which uses every field with strings hostile to each
 * output format, together with {@code data/Partner.plan} whose goal it supports across plans.
 */
final class DataPlans {

	private static final Injector INJECTOR = new PlanInjectorProvider().getInjector();

	private DataPlans() {
	}

	/** The complete example plans ({@code examples/*.plan}; the faulty ones live in {@code invalid/}). */
	static List<Path> corpus() {
		Path examples = CliProcess.sharedExamples();
		Assumptions.assumeTrue(Files.isDirectory(examples), "shared corpus not present: " + examples);
		try (Stream<Path> files = Files.list(examples)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".plan")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Facts of one corpus plan, loaded alone. */
	static PlanFacts corpusPlan(String fileName) {
		Path file = corpus().get(0).resolveSibling(fileName);
		return facts(load(List.of(file)).get(0));
	}

	/** {@code Hostile} with {@code Partner} loaded beside it; it must parse and link without errors. */
	static PlanFacts hostile() {
		Path folder = resource("data");
		List<Plan> plans = load(List.of(folder.resolve("Hostile.plan"), folder.resolve("Partner.plan")));
		return facts(plans.get(0));
	}

	static PlanFacts facts(Plan plan) {
		return INJECTOR.getInstance(PlanFactsProvider.class).get(plan);
	}

	/** Loads plans into one workspace and fails on any error (a data test needs a well-formed model). */
	static List<Plan> load(List<Path> files) {
		Map<Path, String> shown = new LinkedHashMap<>();
		files.forEach(file -> shown.put(file, file.getFileName().toString()));
		PlanWorkspace workspace = INJECTOR.getInstance(PlanWorkspace.class);
		try {
			workspace.load(shown);
		} catch (PlanInputException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		List<PlanDiagnostic> errors = workspace.validate().stream()
				.filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR).toList();
		assertEquals(List.of(), errors, "plans used by data tests must have no errors");
		return List.copyOf(workspace.plans().keySet());
	}

	private static Path resource(String name) {
		try {
			return Path.of(DataPlans.class.getClassLoader().getResource(name).toURI());
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
