package plan.dsl.generator.view;

import plan.dsl.headless.PlanDiagnostic;

/**
 * One validation diagnostic of the plan as the dashboard lists it. The caller that validated the plan
 * passes these in, so generators never run validation themselves.
 */
public record OpenProblem(int line, String severity, String code, String message) {

	public static OpenProblem of(PlanDiagnostic diagnostic) {
		return new OpenProblem(diagnostic.line(), diagnostic.severity().label(), diagnostic.code(),
				diagnostic.message());
	}
}
