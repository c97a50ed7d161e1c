package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import com.google.inject.Inject;
import com.google.inject.Provider;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanWorkspace;
import plan.dsl.plan.Plan;

/**
 * Plans for the data export tests: the complete plans of the shared corpus and the repository's examples,
 * and {@code data/Hostile.plan}, which uses every field with strings hostile to each output format,
 * together with {@code data/Partner.plan} whose goal it supports across plans. Injected into tests that run
 * with {@code InjectionExtension} and {@link PlanInjectorProvider}, which set up EMF's registries around
 * each test as the other language tests expect.
 */
class DataPlans {

	@Inject
	private Provider<PlanWorkspace> workspaces;

	@Inject
	private PlanFactsProvider factsProvider;

	/**
	 * Every complete plan: the shared corpus ({@code *.plan} beside its {@code invalid/} folder), when it is
	 * present, and the repository's {@code examples/} (all of them complete).
	 */
	static List<Path> corpus() {
		List<Path> plans = new ArrayList<>();
		Path shared = CliProcess.sharedExamples();
		if (Files.isDirectory(shared)) {
			plans.addAll(plans(shared, 1));
		}
		plans.addAll(plans(CliProcess.repoRoot().resolve("examples"), Integer.MAX_VALUE));
		Assumptions.assumeFalse(plans.isEmpty(), "no example plans found");
		return plans;
	}

	/** Facts of one plan of the shared corpus, loaded alone; skipped when the corpus is absent. */
	PlanFacts corpusPlan(String fileName) {
		Path file = CliProcess.sharedExamples().resolve(fileName);
		Assumptions.assumeTrue(Files.isRegularFile(file), "shared corpus not present: " + file);
		return facts(load(List.of(file)).get(0));
	}

	private static List<Path> plans(Path folder, int depth) {
		try (Stream<Path> files = Files.walk(folder, depth)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".plan")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code Hostile} with {@code Partner} loaded beside it; it must parse and link without errors. */
	PlanFacts hostile() {
		return facts(hostileWorkspace().get(0));
	}

	/** {@code Partner}: a project plan without projects, so incomplete. */
	PlanFacts partner() {
		return facts(hostileWorkspace().get(1));
	}

	private List<Plan> hostileWorkspace() {
		Path folder = resource("data");
		return load(List.of(folder.resolve("Hostile.plan"), folder.resolve("Partner.plan")));
	}

	PlanFacts facts(Plan plan) {
		return factsProvider.get(plan);
	}

	/** Facts of the first plan of {@code files}, loaded together. */
	PlanFacts facts(Path file) {
		return facts(load(List.of(file)).get(0));
	}

	/** Loads plans into one workspace and fails on any error (a data test needs a well-formed model). */
	List<Plan> load(List<Path> files) {
		Map<Path, String> shown = new LinkedHashMap<>();
		files.forEach(file -> shown.put(file, file.getFileName().toString()));
		PlanWorkspace workspace = workspaces.get();
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
