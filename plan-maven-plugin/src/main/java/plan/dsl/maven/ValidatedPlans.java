package plan.dsl.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanWorkspace;

/** The plans of a source directory, loaded as one workspace and validated; {@code files} maps path to display name. */
record ValidatedPlans(Map<Path, String> files, PlanWorkspace workspace, List<PlanDiagnostic> diagnostics) {

	long count(PlanDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	long count(String file, PlanDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.file().equals(file) && d.severity() == severity).count();
	}

	/** The source file shown as {@code shownAs}. */
	Path pathOf(String shownAs) {
		return files.entrySet().stream().filter(e -> e.getValue().equals(shownAs)).map(Map.Entry::getKey)
				.findFirst().orElseThrow();
	}
}
