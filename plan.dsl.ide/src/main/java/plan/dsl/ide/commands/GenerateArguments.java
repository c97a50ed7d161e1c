package plan.dsl.ide.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The arguments of {@code plan.generate} as they arrive over JSON-RPC (Gson elements, or plain Java values
 * from an in-process caller), checked so that a wrong call gets an "invalid params" error that says what
 * was expected.
 */
record GenerateArguments(String documentUri, String outputFolder, List<String> formats, String asOf, boolean force) {

	private static final String USAGE = "plan.generate expects [documentUri, outputFolder, "
			+ "{\"formats\": [...], \"asof\": \"yyyy-MM-dd\", \"force\": true}?]";

	static GenerateArguments of(List<Object> arguments) {
		if (arguments == null || arguments.size() < 2 || arguments.size() > 3) {
			throw GenerateCommand.failure(ResponseErrorCode.InvalidParams, USAGE);
		}
		String uri = string(arguments.get(0));
		String folder = string(arguments.get(1));
		if (uri == null || folder == null || uri.isBlank() || folder.isBlank()) {
			throw GenerateCommand.failure(ResponseErrorCode.InvalidParams, USAGE);
		}
		if (arguments.size() == 2 || arguments.get(2) == null) {
			return new GenerateArguments(uri, folder, List.of(), null, false);
		}
		if (!(arguments.get(2) instanceof JsonObject options)) {
			throw GenerateCommand.failure(ResponseErrorCode.InvalidParams, USAGE);
		}
		List<String> formats = new ArrayList<>();
		if (options.get("formats") instanceof JsonArray array) {
			array.forEach(format -> formats.add(format.getAsString().trim()));
		}
		String asOf = options.get("asof") instanceof JsonPrimitive date ? date.getAsString() : null;
		boolean force = options.get("force") instanceof JsonPrimitive flag && flag.isBoolean() && flag.getAsBoolean();
		return new GenerateArguments(uri, folder, formats, asOf, force);
	}

	private static String string(Object argument) {
		if (argument instanceof JsonElement element) {
			return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString() ? element.getAsString() : null;
		}
		return argument instanceof String text ? text : null;
	}
}
