package plan.dsl.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import plan.dsl.generator.OutputFolder;

/** Output folders of a benchmark run, removed afterwards. */
final class TemporaryFolders {

	private TemporaryFolders() {
	}

	static OutputFolder create() throws Exception {
		return OutputFolder.open(Files.createTempDirectory("plan-bench"));
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
