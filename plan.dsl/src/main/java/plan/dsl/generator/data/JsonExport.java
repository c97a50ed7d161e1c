package plan.dsl.generator.data;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.SingleFileOutput;

/**
 * {@code <Name>.json}: the whole resolved plan ({@code plan}) and its derived facts ({@code facts}), in
 * the shape published as {@code docs/plan.schema.json}. Dates are ISO strings, amounts and percentages
 * JSON numbers. Strings are escaped by Gson as JSON requires ({@code "}, {@code \}, control characters)
 * and nothing more: the file is data, not HTML, so {@code <} and Chinese text stay readable.
 */
public final class JsonExport extends SingleFileOutput {

	/** Raised whenever the shape changes incompatibly, together with the schema. */
	public static final int SCHEMA_VERSION = 1;

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	public JsonExport() {
		super("json", ".json");
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		JsonObject document = toJson(facts);
		return List.of(out.write(fileName(facts), stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			GSON.toJson(document, writer);
			writer.write('\n');
			writer.flush();
		}));
	}

	/** The export as a JSON tree, for callers that embed it rather than write a file. */
	public JsonObject toJson(PlanFacts facts) {
		JsonObject document = new JsonObject();
		document.addProperty("schemaVersion", SCHEMA_VERSION);
		document.add("plan", PlanModelJson.plan(facts.plan()));
		document.add("facts", PlanFactsJson.facts(facts));
		return document;
	}
}
