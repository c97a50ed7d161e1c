package plan.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The published schema of the JSON export ({@code docs/plan.schema.json}), with format assertions on. */
final class DataSchema {

	static final Path FILE = CliProcess.repoRoot().resolve("docs/plan.schema.json");

	private static final Schema SCHEMA = load();

	private DataSchema() {
	}

	/** The validator's complaints about {@code json}, empty when it conforms. */
	static List<String> errors(String json) {
		return SCHEMA.validate(json, InputFormat.JSON,
				context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
				.stream().map(Object::toString).toList();
	}

	static String text() {
		try {
			return Files.readString(FILE, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Schema load() {
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text(), InputFormat.JSON);
	}
}
