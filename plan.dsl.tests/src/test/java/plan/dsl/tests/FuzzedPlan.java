package plan.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.inject.Injector;

import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanInputException;
import plan.dsl.headless.PlanSourceReader;
import plan.dsl.headless.PlanWorkspace;
import plan.dsl.plan.Plan;

/**
 * A fuzz input as the command line meets it: the bytes of a {@code .plan} file, read by {@link PlanSourceReader},
 * loaded, linked and validated in a {@link PlanWorkspace}. Shared by the fuzz targets so each one starts from what
 * a user's file really goes through.
 */
final class FuzzedPlan {

	/** The name the file is shown under in messages. */
	static final String SHOWN_AS = "fuzz.plan";

	/** The decoded text, the plan (null when the text holds none) and every diagnostic. */
	record Loaded(String text, Plan plan, List<PlanDiagnostic> diagnostics) {

		boolean hasErrors() {
			return diagnostics.stream().anyMatch(d -> d.severity() == PlanDiagnostic.Severity.ERROR);
		}
	}

	private FuzzedPlan() {
	}

	/**
	 * Writes {@code bytes} to {@code file} and loads them; a file that is not UTF-8 text ends in the
	 * {@link PlanInputException} the command line shows.
	 */
	static Loaded load(Injector injector, Path file, byte[] bytes) throws IOException, PlanInputException {
		Files.write(file, bytes);
		PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
		workspace.load(Map.of(file, SHOWN_AS));
		List<PlanDiagnostic> diagnostics = workspace.validate();
		Plan plan = workspace.plans().keySet().stream().findFirst().orElse(null);
		return new Loaded(PlanSourceReader.read(file, SHOWN_AS), plan, diagnostics);
	}
}
