package plan.dsl.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The state file in the output directory that lets {@code plan:generate} skip plans whose inputs did not change:
 * per plan, a hash of its source text with the formats, reporting date and plugin version, and the files written.
 */
final class GenerationState {

	static final String FILE_NAME = ".plan-generate.properties";

	private final Path file;
	private final Properties entries = new Properties();
	private boolean changed;

	private GenerationState(Path file) {
		this.file = file;
	}

	/** The state of the last run; empty when there was none or the file is unreadable (everything regenerates). */
	static GenerationState load(Path outputDirectory) {
		GenerationState state = new GenerationState(outputDirectory.resolve(FILE_NAME));
		if (Files.isRegularFile(state.file)) {
			try (Reader in = Files.newBufferedReader(state.file, StandardCharsets.UTF_8)) {
				state.entries.load(in);
			} catch (IOException | IllegalArgumentException e) {
				state.entries.clear();
			}
		}
		return state;
	}

	static String hash(String sourceText, String settings) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(sourceText.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(settings.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every JDK", e);
		}
	}

	/** Up to date: same hash as last time and every output written then still exists. */
	boolean isUpToDate(String plan, String hash, Path outputDirectory) {
		if (!hash.equals(entries.getProperty(plan + ".hash"))) {
			return false;
		}
		String outputs = entries.getProperty(plan + ".outputs", "");
		return !outputs.isEmpty() && Arrays.stream(outputs.split("\n"))
				.allMatch(relative -> Files.isRegularFile(outputDirectory.resolve(relative)));
	}

	void record(String plan, String hash, List<String> outputs) {
		entries.setProperty(plan + ".hash", hash);
		entries.setProperty(plan + ".outputs", String.join("\n", outputs));
		changed = true;
	}

	void forget(String plan) {
		changed |= entries.remove(plan + ".hash") != null;
		entries.remove(plan + ".outputs");
	}

	/** Writes the state when it changed, so a run that regenerated nothing leaves the output folder untouched. */
	void save() throws IOException {
		if (!changed) {
			return;
		}
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			entries.store(out, "plan:generate inputs per plan; delete to regenerate everything");
		}
	}
}
