package plan.dsl.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real shaded CLI jar as a separate process, as a user's shell would. */
final class CliProcess {

	record Result(int exitCode, String out, String err) {
	}

	static Path repoRoot() {
		return Path.of(System.getProperty("plan.repo.root", "..")).toAbsolutePath().normalize();
	}

	static Path sharedExamples() {
		return repoRoot().resolve("../shared/spec/examples").normalize();
	}

	static Result run(Path workingDir, String... args) throws IOException, InterruptedException {
		return runWithJvmOptions(workingDir, List.of(), args);
	}

	/** As {@link #run}, the JVM started with {@code jvmOptions} (e.g. a small heap). */
	static Result runWithJvmOptions(Path workingDir, List<String> jvmOptions, String... args)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile("plan-out", ".txt");
		Path err = Files.createTempFile("plan-err", ".txt");
		Process process = start(workingDir, jvmOptions, out, err, args);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("plan " + String.join(" ", args) + " did not finish");
		}
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.deleteIfExists(out);
		Files.deleteIfExists(err);
		return result;
	}

	/**
	 * Starts {@code plan args} without waiting for it, standard output and error going to the given files (a test
	 * that kills the process reads what it had printed).
	 */
	static Process start(Path workingDir, List<String> jvmOptions, Path out, Path err, String... args)
			throws IOException {
		Path jar = repoRoot().resolve("plan.dsl.cli/target/plan.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("CLI jar not built: " + jar);
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).directory(workingDir.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
				.start();
	}
}
