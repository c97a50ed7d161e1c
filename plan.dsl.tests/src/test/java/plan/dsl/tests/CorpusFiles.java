package plan.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the corpus lives: the repository's bundled examples and the shared acceptance corpus beside a clone. */
final class CorpusFiles {

	private CorpusFiles() {
	}

	/** Set by surefire to the repository root; tests started from the module folder fall back to its parent. */
	static Path repoRoot() {
		return Path.of(System.getProperty("plan.repo.root", "..")).toAbsolutePath().normalize();
	}

	/** {@code examples/}: what a fresh clone bundles and {@code ./plan validate examples/} runs on. */
	static Path bundledExamples() {
		return repoRoot().resolve("examples");
	}

	/** The acceptance corpus of the specification; present beside the project's clones, absent in a fresh one. */
	static Path sharedExamples() {
		return repoRoot().resolve("../shared/spec/examples").normalize();
	}

	/** {@code root} and its subfolders that directly hold {@code .plan} files, in a stable order. */
	static List<Path> foldersWithPlans(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isDirectory).filter(folder -> !plansIn(folder).isEmpty()).sorted().toList();
		}
	}

	/** The {@code .plan} files directly in {@code folder}, sorted by name. */
	static List<Path> plansIn(Path folder) {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.getFileName().toString().endsWith(".plan") && Files.isRegularFile(p)).sorted()
					.toList();
		} catch (IOException e) {
			throw new IllegalStateException("cannot list " + folder, e);
		}
	}
}
