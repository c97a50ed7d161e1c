package plan.dsl.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

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
		return finish(command(jar(), List.of(), jvmOptions, args), workingDir, args);
	}

	/**
	 * As {@link #run}, as a user without privileges: file permissions do not stop root, so when the tests run as root
	 * (as in CI) the command runs as {@code nobody} (util-linux {@code setpriv}).
	 */
	static Result runUnprivileged(Path workingDir, String... args) throws IOException, InterruptedException {
		if (!"root".equals(System.getProperty("user.name"))) {
			return finish(command(jar(), List.of(), List.of(), args), workingDir, args);
		}
		Path setpriv = Path.of("/usr/bin/setpriv");
		if (!Files.isExecutable(setpriv)) {
			throw new IllegalStateException("util-linux setpriv is needed to drop root's privileges");
		}
		// the clone may lie in a folder only root may enter (mktemp -d makes it so): nobody runs a copy of the jar
		Path folder = Files.createTempDirectory("plan-jar");
		Path jar = Files.copy(jar(), folder.resolve("plan.jar"));
		try {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
			Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
			List<String> prefix = List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups");
			return finish(command(jar, prefix, List.of(), args), workingDir, args);
		} finally {
			Files.delete(jar);
			Files.delete(folder);
		}
	}

	/**
	 * Starts {@code plan args} without waiting for it, standard output and error going to the given files (a test
	 * that kills the process reads what it had printed).
	 */
	static Process start(Path workingDir, List<String> jvmOptions, Path out, Path err, String... args)
			throws IOException {
		return start(command(jar(), List.of(), jvmOptions, args), workingDir, out, err);
	}

	private static Process start(List<String> command, Path workingDir, Path out, Path err) throws IOException {
		return new ProcessBuilder(command).directory(workingDir.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
				.start();
	}

	private static Result finish(List<String> command, Path workingDir, String... args)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile("plan-out", ".txt");
		Path err = Files.createTempFile("plan-err", ".txt");
		Process process = start(command, workingDir, out, err);
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

	/** {@code prefix java jvmOptions -jar JAR args}. */
	private static List<String> command(Path jar, List<String> prefix, List<String> jvmOptions, String... args) {
		List<String> command = new ArrayList<>(prefix);
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(List.of(args));
		return command;
	}

	/** The built command-line jar. */
	private static Path jar() {
		Path jar = repoRoot().resolve("plan.dsl.cli/target/plan.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("CLI jar not built: " + jar);
		}
		return jar;
	}

	/**
	 * What {@code plan ARGS} prints on a pseudo-terminal (util-linux {@code script}), standard output and error
	 * together; {@code args} is shell text, so it may redirect one of them away. {@code environment} holds
	 * {@code NAME=value} settings for the run.
	 */
	static String onTerminal(Path workingDir, String args, String... environment)
			throws IOException, InterruptedException {
		Path script = Path.of("/usr/bin/script");
		Assumptions.assumeTrue(Files.isExecutable(script), "no script(1) to provide a terminal");
		String command = String.join(" ", command(jar(), List.of(), List.of()).stream().map(part -> "'" + part + "'").toList())
				+ " " + args;
		ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), "-qec", command, "/dev/null"))
				.directory(workingDir.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		builder.environment().remove("CI");
		builder.environment().remove("NO_COLOR");
		builder.environment().put("TERM", "xterm");
		for (String setting : environment) {
			builder.environment().put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
		}
		Path captured = Files.createTempFile("plan-tty", ".txt");
		Process process = builder.redirectOutput(captured.toFile()).redirectErrorStream(true).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("plan " + args + " did not finish");
		}
		String text = Files.readString(captured, StandardCharsets.UTF_8);
		Files.delete(captured);
		return text;
	}
}
