package plan.dsl.headless;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives (files, or folders searched recursively for {@code *.plan}) into the
 * plan files of one workspace, each with the path under which it is shown in messages.
 */
public final class PlanFiles {

	private PlanFiles() {
	}

	/** @return plan files in a stable order, mapped to their display path (as given, or folder/relative) */
	public static Map<Path, String> collect(List<String> arguments) throws PlanInputException {
		Map<Path, String> files = new LinkedHashMap<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				List<Path> found = plansUnder(path, argument);
				if (found.isEmpty()) {
					throw new PlanInputException(argument + ": no .plan files in this folder");
				}
				for (Path file : found) {
					files.putIfAbsent(file.toAbsolutePath().normalize(), display(path, argument, file));
				}
			} else if (Files.exists(path)) {
				files.putIfAbsent(path.toAbsolutePath().normalize(), argument);
			} else {
				throw new PlanInputException(argument + ": no such file or folder");
			}
		}
		return files;
	}

	private static List<Path> plansUnder(Path folder, String argument) throws PlanInputException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().endsWith(".plan") && Files.isRegularFile(p))
					.sorted().collect(ArrayList::new, List::add, List::addAll);
		} catch (IOException | UncheckedIOException e) {
			throw new PlanInputException(argument + ": cannot list this folder (" + e.getMessage() + ")");
		}
	}

	private static String display(Path folder, String argument, Path file) {
		String relative = folder.relativize(file).toString();
		String prefix = argument.endsWith("/") || argument.endsWith(java.io.File.separator) ? argument : argument + "/";
		return argument.equals(".") ? relative : prefix + relative;
	}
}
