package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import plan.dsl.tests.ExpectedDiagnostics.Diagnostic;

/** The annotation reader every corpus-driven test relies on: it must neither miss nor invent expectations. */
class CorpusExpectedDiagnosticsTest {

	private static final String ANNOTATED = """
			// Convention: a trailing `// expect: <severity> <code>[, <severity> <code>...]`
			plan Broken "t" {   // expect: error completeness.missing-section
			    goal G1 "g" {   // expect: error smart.measurable, warning smart.time-bound
			        specific "加强"   //   expect:   info smart.specific
			    }
			}
			""";

	@Test
	void readsTrailingAnnotationsWithTheirLines() {
		ExpectedDiagnostics parsed = ExpectedDiagnostics.parse(ANNOTATED);
		assertEquals(List.of(expected(2, "error", "completeness.missing-section"),
				expected(3, "error", "smart.measurable"), expected(3, "warning", "smart.time-bound"),
				expected(4, "info", "smart.specific")), parsed.expected());
		assertFalse(parsed.declaresNone());
	}

	@Test
	void readsTheNoDiagnosticsHeader() {
		ExpectedDiagnostics parsed = ExpectedDiagnostics.parse("// A plan.\n// Expected: no diagnostics.\nplan P \"t\" {}\n");
		assertTrue(parsed.declaresNone());
		assertEquals(List.of(), parsed.expected());
	}

	@Test
	void rejectsMalformedAnnotationsNamingTheLine() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ExpectedDiagnostics.parse("plan P \"t\" {\n}   // expect: eror smart.specific\n"));
		assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
	}

	@Test
	void rejectsAHeaderThatContradictsTheAnnotations() {
		assertThrows(IllegalArgumentException.class, () -> ExpectedDiagnostics
				.parse("// Expected: no diagnostics.\nplan P \"t\" {   // expect: error smart.specific\n}\n"));
	}

	@Test
	void eachReportedDiagnosticSatisfiesOneExpectationOnly() {
		ExpectedDiagnostics parsed = ExpectedDiagnostics
				.parse("plan P \"t\" {   // expect: error name.duplicate, error name.duplicate\n}\n");
		Diagnostic once = new Diagnostic(1, "error", "name.duplicate", "duplicate");
		assertEquals(List.of(expected(1, "error", "name.duplicate")), parsed.unmatched(List.of(once)));
		assertEquals(List.of(), parsed.unmatched(List.of(once, once)));
	}

	@Test
	void severityCodeAndLineMustAllMatch() {
		ExpectedDiagnostics parsed = ExpectedDiagnostics.parse("plan P \"t\" {   // expect: warning smart.relevant\n}\n");
		List<Diagnostic> reported = List.of(new Diagnostic(1, "error", "smart.relevant", null),
				new Diagnostic(2, "warning", "smart.relevant", null), new Diagnostic(1, "warning", "smart.specific", null));
		assertEquals(parsed.expected(), parsed.unmatched(reported));
		assertEquals(reported, parsed.unexpected(reported));
	}

	private static Diagnostic expected(int line, String severity, String code) {
		return new Diagnostic(line, severity, code, null);
	}
}
