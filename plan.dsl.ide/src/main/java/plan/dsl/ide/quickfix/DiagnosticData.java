package plan.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;

/**
 * Reads the string data a validator attached to an issue from an LSP diagnostic. The language server puts the
 * issue's {@code String[]} there, but a diagnostic that travelled to the client and back in a code-action
 * request arrives as a JSON array, so both (and plain lists) are accepted. Each entry may also be a
 * comma-separated list.
 */
public final class DiagnosticData {

	private DiagnosticData() {
	}

	public static List<String> strings(Object data) {
		List<String> raw = new ArrayList<>();
		if (data instanceof String[] array) {
			raw.addAll(List.of(array));
		} else if (data instanceof Iterable<?> values) {
			values.forEach(value -> raw.add(text(value)));
		} else if (data != null) {
			raw.add(text(data));
		}
		List<String> result = new ArrayList<>();
		for (String entry : raw) {
			for (String part : entry.split(",")) {
				if (!part.isBlank()) {
					result.add(part.strip());
				}
			}
		}
		return result;
	}

	private static String text(Object value) {
		if (value instanceof JsonElement json) {
			return json.isJsonPrimitive() ? json.getAsString() : json.toString();
		}
		return String.valueOf(value);
	}
}
