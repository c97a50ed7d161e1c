package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.headless.PlanInputException;
import plan.dsl.validation.PlanIssueCodes;

/**
 * Fuzz target: any bytes, read, parsed, linked and validated as the command line does it. Text that is not UTF-8 is
 * refused with the one-line message naming the line; everything else is parsed, linked and validated without an
 * exception, every diagnostic points into the text and carries a stable code and a message, and the derived facts
 * (what hover, lenses and generators read, also on broken plans) compute. Seeds: {@code
 * FuzzParseValidateTestInputs/parseLinkValidate/} (the corpus, hostile files, and every finding).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class FuzzParseValidateTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanFactsProvider factsProvider;

	@TempDir
	Path dir;

	@FuzzTest(maxDuration = FuzzDurations.CI)
	void parseLinkValidate(byte[] input) throws Exception {
		FuzzedPlan.Loaded loaded;
		try {
			loaded = FuzzedPlan.load(injector, dir.resolve(FuzzedPlan.SHOWN_AS), input);
		} catch (PlanInputException e) {
			assertRefusalIsRightAndClear(input, e.getMessage());
			return;
		}
		assertTrue(isUtf8Text(input), "accepted only UTF-8 text without NUL");
		String[] lines = loaded.text().split("\r\n|\r|\n", -1);
		for (PlanDiagnostic diagnostic : loaded.diagnostics()) {
			assertEquals(FuzzedPlan.SHOWN_AS, diagnostic.file());
			assertTrue(diagnostic.line() >= 1 && diagnostic.line() <= lines.length, () -> "line inside the text: " + diagnostic);
			int lineLength = lines[diagnostic.line() - 1].length();
			assertTrue(diagnostic.column() >= 1 && diagnostic.column() <= lineLength + 1,
					() -> "column inside line " + diagnostic.line() + " of " + lineLength + " characters: " + diagnostic);
			assertTrue(PlanIssueCodes.ALL.contains(diagnostic.code()), () -> "a stable code: " + diagnostic);
			assertFalse(diagnostic.message() == null || diagnostic.message().isBlank(), () -> "a message: " + diagnostic);
			assertFalse(diagnostic.message().contains("null") && !loaded.text().contains("null"),
					() -> "no missing value shown as 'null': " + diagnostic);
		}
		if (loaded.plan() != null) {
			PlanFacts facts = factsProvider.get(loaded.plan());
			facts.schedule();
			facts.smart();
			facts.completeness();
			facts.budget();
			loaded.plan().getGoals().forEach(facts::smart);
		}
	}

	/** Refused exactly when the bytes hold a NUL or are not UTF-8, with the message naming the right line. */
	private static void assertRefusalIsRightAndClear(byte[] input, String message) {
		int nul = indexOf(input, (byte) 0);
		if (nul >= 0) {
			assertEquals(FuzzedPlan.SHOWN_AS + ":" + lineOf(input, nul)
					+ ": contains a NUL byte, so it is not a text file; a .plan file must be UTF-8 text", message);
			return;
		}
		if (isUtf8Text(input)) {
			fail("UTF-8 text refused: " + message);
		}
		assertTrue(message.matches("\\Q" + FuzzedPlan.SHOWN_AS
				+ "\\E:\\d+: is not valid UTF-8 \\(byte 0x[0-9A-F]{2}\\); save the file with UTF-8 encoding"), message);
		int line = Integer.parseInt(message.split(":")[1]);
		assertTrue(line <= lineOf(input, input.length), "the line is inside the file: " + message);
	}

	private static boolean isUtf8Text(byte[] input) {
		if (indexOf(input, (byte) 0) >= 0) {
			return false;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	private static int indexOf(byte[] input, byte wanted) {
		for (int i = 0; i < input.length; i++) {
			if (input[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	/** The 1-based line of byte {@code offset}, counting CRLF, CR and LF as one line end each, as editors do. */
	static int lineOf(byte[] input, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < input.length; i++) {
			if (input[i] == '\n' || input[i] == '\r' && (i + 1 >= input.length || input[i + 1] != '\n')) {
				line++;
			}
		}
		return line;
	}
}
