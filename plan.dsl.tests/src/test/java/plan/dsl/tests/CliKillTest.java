package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.dsl.benchmarks.SyntheticPlans;

/**
 * No work is lost when {@code plan generate} or {@code plan format} is killed (SIGKILL, no chance to clean up) at
 * random moments: every output or plan file is either as it was before the run or as a finished run writes it, never
 * truncated, never deleted. What a killed run may leave is a hidden temporary {@code .part} file, never taken for an
 * output. The moments are random (the seed is in every message, to replay a failure); the kills of a generation land
 * while it writes its outputs, most of them in the middle of a file.
 */
class CliKillTest {

	private static final int KILLS = 5;

	@TempDir
	Path dir;

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	@Test
	void killedGenerateLeavesEveryEarlierOutputWholeAndInPlace() throws Exception {
		// the bundled examples and a plan of 600 projects, whose outputs take long enough to write that kills
		// land in the middle of writing a file
		Path plans = Files.createDirectories(dir.resolve("plans"));
		for (Path example : CorpusFiles.plansIn(CorpusFiles.bundledExamples())) {
			Files.copy(example, plans.resolve(example.getFileName()));
		}
		Files.writeString(plans.resolve("large.plan"), SyntheticPlans.generate(600));
		Path out = dir.resolve("out");
		CliProcess.Result first = CliProcess.run(plans, "generate", ".", "-o", out.toString(), "-q");
		assertEquals(0, first.exitCode(), first.err());
		Map<Path, byte[]> before = snapshot(out);
		assertEquals(3 * 9 + 1, before.size(), "nine outputs of each of three plans and the portfolio: " + before.keySet());
		Duration writing = timeOfWriting(start(plans, "generate", ".", "-o", out.toString(), "-q"), out);

		int killedWhileWriting = 0;
		for (int round = 0; round < KILLS; round++) {
			String when = "round " + round + " of seed " + seed;
			Process run = start(plans, "generate", ".", "-o", out.toString(), "-q");
			killedWhileWriting += killWhileWriting(run, out, writing) ? 1 : 0;
			assertSameOutputs(before, out, when);
		}
		assertTrue(killedWhileWriting >= KILLS / 2,
				"only " + killedWhileWriting + " of " + KILLS + " kills landed while outputs were written (seed " + seed + ")");

		CliProcess.Result last = CliProcess.run(plans, "generate", ".", "-o", out.toString(), "-q");
		assertEquals(0, last.exitCode(), last.err());
		assertSameOutputs(before, out, "a finished run after the kills");
	}

	/** How long a run rewriting the outputs in {@code out} spends writing them (it is waited for). */
	private static Duration timeOfWriting(Process run, Path out) throws Exception {
		Instant started = Instant.now();
		Instant writing = awaitWriting(run, out, started);
		assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the timed run ended");
		assertEquals(0, run.exitValue(), "the timed run succeeded");
		assertTrue(writing != null, "the timed run rewrote the outputs");
		return Duration.between(writing, Instant.now());
	}

	/**
	 * Waits until the run has begun writing into {@code out} (a temporary file or an output newer than
	 * {@code since}); answers when it saw that, or null when the run ended first.
	 */
	private static Instant awaitWriting(Process run, Path out, Instant since) throws IOException {
		FileTime after = FileTime.from(since);
		while (run.isAlive()) {
			try (Stream<Path> files = Files.walk(out)) {
				if (files.anyMatch(f -> isTemporary(f) || modifiedAfter(f, after))) {
					return Instant.now();
				}
			} catch (UncheckedIOException e) {
				// a temporary file renamed while the folder was listed: writing has begun
				return Instant.now();
			}
		}
		return null;
	}

	private static boolean modifiedAfter(Path file, FileTime time) {
		try {
			return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(time) > 0;
		} catch (IOException e) {
			return true; // renamed away while looked at: being written
		}
	}

	@Test
	void killedFormatLeavesEveryPlanAsWrittenOrFormatted() throws Exception {
		Path messy = dir.resolve("messy");
		Path formattedOnce = dir.resolve("formatted");
		Files.createDirectories(messy);
		Files.createDirectories(formattedOnce);
		List<Path> examples = CorpusFiles.plansIn(CorpusFiles.bundledExamples());
		for (int copy = 0; copy < 12; copy++) {
			for (Path example : examples) {
				// two-space indentation: the canonical layout is four, so every file is rewritten
				String text = Files.readString(example).replace("\n    ", "\n  ");
				String name = copy + "-" + example.getFileName();
				Files.writeString(messy.resolve(name), text);
				Files.writeString(formattedOnce.resolve(name), text);
			}
		}
		long started = System.nanoTime();
		CliProcess.Result reference = CliProcess.run(formattedOnce, "format", ".");
		long fullRun = System.nanoTime() - started;
		assertEquals(0, reference.exitCode(), reference.err());
		Map<Path, byte[]> asWritten = snapshot(messy);
		Map<Path, byte[]> asFormatted = snapshot(formattedOnce);

		for (int round = 0; round < KILLS; round++) {
			String when = "round " + round + " of seed " + seed;
			killAfter(start(messy, "format", "."), fullRun);
			Map<Path, byte[]> now = snapshot(messy);
			assertEquals(asWritten.keySet(), now.keySet(), "no plan lost or added, " + when);
			for (Map.Entry<Path, byte[]> file : now.entrySet()) {
				byte[] content = file.getValue();
				assertTrue(Arrays.equals(content, asWritten.get(file.getKey()))
						|| Arrays.equals(content, asFormatted.get(file.getKey())),
						file.getKey() + " is neither as written nor as formatted, " + when);
			}
			assertOnlyTemporaryLeftovers(messy, now.keySet(), when);
		}
	}

	private Process start(Path workingDir, String... args) throws IOException {
		Path log = Files.createTempFile(dir, "run", ".log");
		return CliProcess.start(workingDir, List.of(), log, log, args);
	}

	/** Kills the run at a random moment within the time a whole run takes. */
	private void killAfter(Process run, long fullRunNanos) throws InterruptedException {
		run.waitFor((long) (random.nextDouble() * fullRunNanos), TimeUnit.NANOSECONDS);
		kill(run);
	}

	/**
	 * Waits until the run begins writing into {@code out}, then kills it a random part of {@code writing} later;
	 * answers whether it was still running, that is, killed while writing.
	 */
	private boolean killWhileWriting(Process run, Path out, Duration writing) throws Exception {
		Instant begun = awaitWriting(run, out, Instant.now().minusMillis(1));
		if (begun != null) {
			run.waitFor((long) (random.nextDouble() * writing.toNanos()), TimeUnit.NANOSECONDS);
		}
		boolean writingWhenKilled = run.isAlive();
		kill(run);
		return writingWhenKilled;
	}

	private static void kill(Process run) throws InterruptedException {
		run.destroyForcibly(); // SIGKILL: the run gets no chance to clean up
		assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the killed run ended");
	}

	private static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(".part");
	}

	/** Every file under {@code folder} except temporary ones, by relative path. */
	private static Map<Path, byte[]> snapshot(Path folder) throws IOException {
		Map<Path, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).filter(f -> !isTemporary(f)).toList()) {
				files.put(folder.relativize(file), Files.readAllBytes(file));
			}
		}
		return files;
	}

	/**
	 * The same outputs as before, each whole: byte for byte, except Word files, which carry the time they were
	 * written and are compared by opening them and reading their text.
	 */
	private static void assertSameOutputs(Map<Path, byte[]> before, Path out, String when) throws IOException {
		Map<Path, byte[]> now = snapshot(out);
		assertEquals(before.keySet(), now.keySet(), "no output lost or added, " + when);
		for (Map.Entry<Path, byte[]> file : before.entrySet()) {
			byte[] content = now.get(file.getKey());
			if (file.getKey().toString().endsWith(".docx")) {
				assertEquals(wordText(file.getValue(), file.getKey()), wordText(content, file.getKey() + ", " + when),
						file.getKey() + " whole, " + when);
			} else {
				assertArrayEquals(file.getValue(), content, file.getKey() + " whole, " + when);
			}
		}
		assertOnlyTemporaryLeftovers(out, now.keySet(), when);
	}

	private static void assertOnlyTemporaryLeftovers(Path folder, Set<Path> expected, String when)
			throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				assertTrue(expected.contains(folder.relativize(file)) || isTemporary(file),
						"unexpected file " + file + ", " + when);
			}
		}
	}

	private static String wordText(byte[] docx, Object shownAs) {
		try (InputStream in = new ByteArrayInputStream(docx); XWPFDocument document = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		} catch (IOException | RuntimeException e) {
			return fail(shownAs + " is not a whole Word file: " + e, e);
		}
	}
}
