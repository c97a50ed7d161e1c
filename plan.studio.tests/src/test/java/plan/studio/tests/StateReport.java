package plan.studio.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** One reading of the state report Plan Studio writes every second when started with -Dplan.studio.report. */
record StateReport(Properties values) {

	/** The report in {@code file}, or {@code null} when the product has not written one yet. */
	static StateReport read(Path file) throws IOException {
		Properties values = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			values.load(in);
		} catch (NoSuchFileException notYet) {
			return null;
		}
		return new StateReport(values);
	}

	String get(String key) {
		return values.getProperty(key, "");
	}

	int number(String key) {
		String value = get(key);
		return value.isEmpty() ? 0 : Integer.parseInt(value);
	}

	List<String> list(String key) {
		return get(key).isEmpty() ? List.of() : Arrays.asList(get(key).split(","));
	}

	/** Bounds on the screen, {@code x,y,width,height}, as the product reports them. */
	java.awt.Rectangle bounds(String key) {
		int[] parts = Arrays.stream(get(key).split(",")).mapToInt(Integer::parseInt).toArray();
		return new java.awt.Rectangle(parts[0], parts[1], parts[2], parts[3]);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		values.stringPropertyNames().stream().sorted()
				.forEach(key -> text.append(key).append('=').append(values.getProperty(key)).append('\n'));
		return text.toString();
	}
}
