package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Assumptions;

import plan.dsl.plan.Plan;

/** Plans for the document tests: the shared acceptance corpus and a plan whose every string is hostile. */
final class DocumentFixtures {

	static final String SCRIPT = "<script>alert(1)</script>";
	static final String IMG = "\"><img src=x onerror=alert(1)>";

	private DocumentFixtures() {
	}

	/** A complete plan of the shared corpus, parsed and linked; the test is skipped without the corpus. */
	static Plan corpusPlan(ParseHelper<Plan> parser, String fileName) throws Exception {
		Path file = CliProcess.sharedExamples().resolve(fileName);
		Assumptions.assumeTrue(Files.isRegularFile(file), "shared corpus not present: " + file);
		return parse(parser, Files.readString(file, StandardCharsets.UTF_8));
	}

	/** A complete plan bundled with the repository under {@code examples/}. */
	static Plan bundledPlan(ParseHelper<Plan> parser, String relativePath) throws Exception {
		Path file = CliProcess.repoRoot().resolve("examples").resolve(relativePath);
		return parse(parser, Files.readString(file, StandardCharsets.UTF_8));
	}

	static Plan parse(ParseHelper<Plan> parser, String text) throws Exception {
		Plan plan = parser.parse(text);
		assertNotNull(plan);
		EcoreUtil.resolveAll(plan.eResource());
		assertEquals(0, plan.eResource().getErrors().size(), () -> "parse errors: " + plan.eResource().getErrors());
		return plan;
	}

	/** Every string of every section holds a script tag or an attribute break-out followed by an img tag. */
	static String hostilePlanText() {
		String script = quoted(SCRIPT);
		String img = quoted(IMG);
		return String.join("\n",
				"plan Hostile " + script + " {",
				"  kind activity",
				"  organization " + img,
				"  version " + script,
				"  period from 2026-01-01 to 2026-12-31",
				"  status draft",
				"  background { " + script + " challenge C1 " + img + " }",
				"  goal G1 " + script + " { level organization specific " + img + " measure " + script
						+ " from 1 to 2 owner P1 addresses C1 due 2026-06-01 }",
				"  goal G2 " + img + " { measure " + script + " by K1 owner P1 supports G1 due 2026-07-01 }",
				"  team { person P1 " + script + " role leader unit U1 " + img + " lead P1 members P1",
				"         responsibility P1 " + script + " }",
				"  research { method survey " + img + " sample 3 finding F1 " + script + " }",
				"  theme " + script,
				"  slogan " + img,
				"  audience " + script + " units U1",
				"  phase PH " + img + " from 2026-01-01 to 2026-06-30 { milestone M1 " + script + " on 2026-02-01 }",
				"  project A1 " + script + " { type " + "contest owner P1 during PH deliverable " + img + " standard "
						+ script + " supports G1, G2 featured integrates " + img + " budget 10 CNY }",
				"  project A2 " + img + " { owner U1 from 2026-07-01 to 2026-08-01 after A1 deliverable " + script
						+ " standard " + img + " supports G1 }",
				"  criteria { criterion K1 " + script + " weight 100 % qualitative " + img,
				"    cycle once procedure " + script + ", " + img + " judges " + script + " }",
				"  publicity { stage " + img + " during PH via web owner P1 " + script + " }",
				"  safeguards { organization " + script + " personnel " + img + " budget 100 CNY { item " + script
						+ " 50 } materials " + img + " }",
				"  outcome R1 " + script + " for G1, G2 verified by " + img,
				"  approval { round 1 on 2025-12-01 by " + script + " decision approved " + img + " }",
				"  tracking { report monthly to " + img + " by P1 update on 2026-03-01 A1 progress 10 % " + script,
				"    adjust on 2026-03-02 " + img + " }",
				"  results { actual K1 90 }",
				"}");
	}

	/** The plan string literal for {@code text}: quotes and backslashes escaped as the grammar's STRING needs. */
	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
