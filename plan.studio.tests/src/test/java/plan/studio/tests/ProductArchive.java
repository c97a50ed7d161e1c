package plan.studio.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The product archive as a user gets it: unpacked with tar, which keeps the start script executable. */
final class ProductArchive {

	private ProductArchive() {
	}

	/** Unpacks {@code archive} into {@code folder} and returns the product's root folder (plan-studio/). */
	static Path unpack(Path archive, Path folder) throws IOException, InterruptedException {
		if (!Files.isRegularFile(archive)) {
			throw new AssertionError("no product archive at " + archive + ": build plan.studio.product first");
		}
		Files.createDirectories(folder);
		Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", folder.toString())
				.redirectErrorStream(true).start();
		String output = new String(tar.getInputStream().readAllBytes());
		if (!tar.waitFor(2, TimeUnit.MINUTES) || tar.exitValue() != 0) {
			throw new AssertionError("tar could not unpack " + archive + ": " + output);
		}
		return folder.resolve("plan-studio");
	}
}
