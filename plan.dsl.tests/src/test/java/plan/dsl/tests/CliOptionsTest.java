package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/**
 * The options every command shares and the ones that change an exit code: {@code --version} and {@code --help} on
 * every command, {@code --fail-on-warning}, colours only on a terminal, several files in one JSON array.
 */
class CliOptionsTest {

	private static final String ESC = "\u001b[";

	/** A draft project plan without errors: its two missing sections are warnings in a draft. */
	private static final String ONE_WARNING = """
			plan W "w" {
			    kind project
			    period from 2026-01-01 to 2026-12-31
			    status draft
			}
			""";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "validate", "generate", "format", "new", "explain" })
	void everyCommandAnswersHelpAndVersion(String command) throws Exception {
		CliProcess.Result help = CliProcess.run(dir, command, "--help");
		assertEquals(0, help.exitCode(), help.err());
		assertTrue(help.out().startsWith("Usage: plan " + command + " "), help.out());
		assertTrue(help.out().contains("-h, --help"), help.out());
		assertEquals("", help.err());

		CliProcess.Result version = CliProcess.run(dir, command, "--version");
		assertEquals(0, version.exitCode(), version.err());
		assertTrue(version.out().matches("plan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java \\d+[^)]*\\)\\n"), version.out());
	}

	@Test
	void warningsFailTheRunOnlyWithFailOnWarning() throws Exception {
		Files.writeString(dir.resolve("w.plan"), ONE_WARNING);
		CliProcess.Result plain = CliProcess.run(dir, "validate", "--format", "json", "w.plan");
		JsonArray rows = JsonParser.parseString(plain.out()).getAsJsonArray();
		assertFalse(rows.isEmpty(), "the draft plan has warnings");
		rows.forEach(row -> assertEquals("warning", row.getAsJsonObject().get("severity").getAsString(), row.toString()));
		assertEquals(0, plain.exitCode(), "warnings alone pass");

		CliProcess.Result strict = CliProcess.run(dir, "validate", "--fail-on-warning", "w.plan");
		assertEquals(1, strict.exitCode(), strict.out() + strict.err());
		assertTrue(strict.out().contains(": warning "), strict.out());
	}

	@Test
	void severitiesAreColouredOnATerminalAndPlainOtherwise() throws Exception {
		Files.writeString(dir.resolve("w.plan"), ONE_WARNING);
		String onTerminal = CliProcess.onTerminal(dir, "validate w.plan");
		assertTrue(onTerminal.contains(ESC + "1;33mwarning" + ESC + "0m"), "yellow warning on a terminal: " + onTerminal);

		CliProcess.Result redirected = CliProcess.run(dir, "validate", "w.plan");
		assertTrue(redirected.out().contains(": warning "), redirected.out());
		assertFalse(redirected.out().contains(ESC) || redirected.err().contains(ESC), "no escape codes in a file");

		String noColor = CliProcess.onTerminal(dir, "validate w.plan", "NO_COLOR=1");
		assertTrue(noColor.contains(": warning "), noColor);
		assertFalse(noColor.contains(ESC), "NO_COLOR (no-color.org) turns colours off on a terminal too: " + noColor);
	}

	@Test
	void severalFilesGiveOneJsonArraySortedByFileThenLine() throws Exception {
		Files.writeString(dir.resolve("b.plan"), ONE_WARNING.replace("plan W", "plan B"));
		Files.writeString(dir.resolve("a.plan"), ONE_WARNING.replace("plan W", "plan A"));
		CliProcess.Result r = CliProcess.run(dir, "validate", "--format", "json", "b.plan", "a.plan");
		JsonArray rows = JsonParser.parseString(r.out()).getAsJsonArray();
		List<String> order = rows.asList().stream()
				.map(row -> row.getAsJsonObject().get("file").getAsString() + ":"
						+ String.format("%05d", row.getAsJsonObject().get("line").getAsInt()))
				.toList();
		assertEquals(order.stream().sorted().toList(), order);
		assertEquals(List.of("a.plan", "b.plan"), order.stream().map(key -> key.substring(0, key.indexOf(':'))).distinct().toList());
	}
}
