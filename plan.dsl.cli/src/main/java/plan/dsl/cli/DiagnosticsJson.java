package plan.dsl.cli;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import plan.dsl.headless.PlanDiagnostic;

/**
 * The public JSON diagnostics format (docs/CLI.md): one array, each element
 * {@code {"file","line","column","severity","code","message"}}, sorted by file, line, column.
 */
final class DiagnosticsJson {

	private DiagnosticsJson() {
	}

	static String toJson(List<PlanDiagnostic> diagnostics) {
		JsonArray array = new JsonArray();
		for (PlanDiagnostic d : diagnostics) {
			JsonObject o = new JsonObject();
			o.addProperty("file", d.file());
			o.addProperty("line", d.line());
			o.addProperty("column", d.column());
			o.addProperty("severity", d.severity().label());
			o.addProperty("code", d.code());
			o.addProperty("message", d.message());
			array.add(o);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
	}
}
