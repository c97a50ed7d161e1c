package plan.dsl.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import plan.dsl.headless.PlanDiagnostic;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.validation.PlanIssueCodes;

/**
 * SARIF 2.1.0 for code-scanning tools: one run of the tool {@code plan}, one rule per diagnostic code (described
 * with {@code plan explain}'s English texts), one result per diagnostic.
 */
final class DiagnosticsSarif {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private DiagnosticsSarif() {
	}

	static String toSarif(List<PlanDiagnostic> diagnostics) {
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "plan");
		driver.addProperty("version", PlanVersion.number());
		driver.add("rules", rules());

		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		// Xtext counts columns in Java chars
		run.addProperty("columnKind", "utf16CodeUnits");
		JsonArray results = new JsonArray();
		diagnostics.forEach(d -> results.add(result(d)));
		run.add("results", results);

		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		JsonArray runs = new JsonArray();
		runs.add(run);
		log.add("runs", runs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log);
	}

	private static JsonArray rules() {
		PlanMessages messages = PlanMessages.of(DocLanguage.EN);
		JsonArray rules = new JsonArray();
		for (String code : PlanIssueCodes.ALL) {
			JsonObject rule = new JsonObject();
			rule.addProperty("id", code);
			rule.add("shortDescription", text(messages.get("cli.explain." + code + ".what")));
			rule.add("help", text(messages.get("cli.explain." + code + ".fix") + " Example: "
					+ messages.get("cli.explain." + code + ".example")));
			rules.add(rule);
		}
		return rules;
	}

	private static JsonObject result(PlanDiagnostic d) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", d.code());
		int ruleIndex = PlanIssueCodes.ALL.indexOf(d.code());
		if (ruleIndex >= 0) {
			result.addProperty("ruleIndex", ruleIndex);
		}
		result.addProperty("level", level(d.severity()));
		result.add("message", text(d.message()));

		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", uri(d.file()));
		JsonObject region = new JsonObject();
		region.addProperty("startLine", d.line());
		region.addProperty("startColumn", d.column());
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		return result;
	}

	private static String level(PlanDiagnostic.Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	/** The path as given, as a relative URI reference: spaces and non-ASCII characters percent-encoded. */
	static String uri(String file) {
		try {
			return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("Not a path: " + file, e);
		}
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}
}
