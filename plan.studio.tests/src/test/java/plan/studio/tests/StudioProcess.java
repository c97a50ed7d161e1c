package plan.studio.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Plan Studio started by its start script, its output in a log file; closing it ends the product and every process
 * it started (WebKit runs the dashboard in processes of its own), so no test leaves one behind.
 */
final class StudioProcess implements AutoCloseable {

	private final Process process;
	private final Path log;

	private StudioProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/** Runs {@code script} with {@code arguments}, with {@code home} as the user's home folder. */
	static StudioProcess start(Path script, Path home, Path log, List<String> arguments) throws IOException {
		Files.createDirectories(home);
		List<String> command = new java.util.ArrayList<>();
		command.add(script.toString());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		builder.environment().put("HOME", home.toString());
		return new StudioProcess(builder.start(), log);
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** The last lines of the product's output, for failure messages. */
	String logTail() {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		} catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	String describeExit() {
		return process.isAlive() ? "running" : "exited with " + process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		List<ProcessHandle> children = process.descendants().toList();
		process.destroy();
		children.forEach(ProcessHandle::destroy);
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
		for (ProcessHandle child : children) {
			if (child.isAlive()) {
				child.destroyForcibly();
			}
		}
	}
}
