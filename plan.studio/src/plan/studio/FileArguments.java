package plan.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files among the program arguments. The Equinox launcher keeps its own options (-data, -consoleLog, ...) and
 * passes the rest to the application; of those, every argument that is not an option is a file to open.
 */
final class FileArguments {

	private FileArguments() {
	}

	static List<Path> of(String[] applicationArguments) {
		List<Path> files = new ArrayList<>();
		for (String argument : applicationArguments) {
			if (!argument.isBlank() && !argument.startsWith("-")) {
				files.add(Path.of(argument).toAbsolutePath().normalize());
			}
		}
		return files;
	}
}
