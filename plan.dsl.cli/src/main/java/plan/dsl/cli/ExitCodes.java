package plan.dsl.cli;

import java.util.List;

import plan.dsl.headless.PlanDiagnostic;

/** 0 no errors (warnings allowed unless --fail-on-warning), 1 errors in the plans. */
final class ExitCodes {

	private ExitCodes() {
	}

	static int forDiagnostics(List<PlanDiagnostic> diagnostics, boolean failOnWarning) {
		boolean failing = diagnostics.stream().anyMatch(d -> d.severity() == PlanDiagnostic.Severity.ERROR
				|| failOnWarning && d.severity() == PlanDiagnostic.Severity.WARNING);
		return failing ? PlanCli.PLAN_ERRORS : PlanCli.OK;
	}
}
