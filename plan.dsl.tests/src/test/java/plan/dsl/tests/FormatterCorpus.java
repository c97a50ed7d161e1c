package plan.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan files the formatter is checked on: the shared acceptance corpus (beside the clone, or at
 * {@code /work/shared/spec/examples}) including {@code invalid/}, and the repository's own {@code examples/}.
 */
final class FormatterCorpus {

	private FormatterCorpus() {
	}

	static Path repoRoot() {
		return Path.of(System.getProperty("plan.repo.root", "..")).toAbsolutePath().normalize();
	}

	/** The shared corpus, or null where this machine has none. */
	static Path sharedExamples() {
		for (Path candidate : List.of(repoRoot().resolve("../shared/spec/examples").normalize(),
				Path.of("/work/shared/spec/examples"))) {
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** Every .plan file of the shared corpus and of {@code examples/}, in a stable order. */
	static List<Path> planFiles() {
		List<Path> files = new ArrayList<>();
		Path shared = sharedExamples();
		if (shared != null) {
			files.addAll(plansUnder(shared));
		}
		files.addAll(plansUnder(repoRoot().resolve("examples")));
		return files;
	}

	/** The shared corpus's complete examples, which are meant to be written in canonical layout already. */
	static List<Path> completeSharedExamples() {
		Path shared = sharedExamples();
		if (shared == null) {
			return List.of();
		}
		return Stream.of("cxzy-2026.plan", "dangjian-2027.plan", "volunteer-week.plan").map(shared::resolve)
				.filter(Files::isRegularFile).toList();
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The file with its folder, e.g. {@code invalid/broken-activity.plan}: enough to find it in a report. */
	static String nameOf(Path file) {
		return file.getParent().getFileName() + "/" + file.getFileName();
	}

	private static List<Path> plansUnder(Path root) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.toString().endsWith(".plan") && Files.isRegularFile(p)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
