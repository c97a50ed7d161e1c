package plan.dsl.generator.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Builds one JSON object of the export. A value the plan does not state is left out (never written as
 * {@code null}), so the schema can say precisely which properties are always present.
 */
final class JsonFields {

	private final JsonObject object = new JsonObject();

	JsonObject build() {
		return object;
	}

	JsonFields text(String key, String value) {
		if (value != null) {
			object.addProperty(key, value);
		}
		return this;
	}

	/** ISO {@code yyyy-MM-dd}. */
	JsonFields date(String key, LocalDate value) {
		return text(key, value == null ? null : value.toString());
	}

	JsonFields number(String key, BigDecimal value) {
		if (value != null) {
			object.add(key, number(value));
		}
		return this;
	}

	JsonFields integer(String key, long value) {
		object.addProperty(key, value);
		return this;
	}

	JsonFields flag(String key, boolean value) {
		object.addProperty(key, value);
		return this;
	}

	/** An enumeration by its literal: the English keyword ({@code approved}) or operator ({@code >=}). */
	JsonFields literal(String key, Enumerator value) {
		return text(key, value == null ? null : value.getLiteral());
	}

	JsonFields add(String key, JsonElement value) {
		if (value != null) {
			object.add(key, value);
		}
		return this;
	}

	/** Always written, empty when there are no elements, so lists have one shape for every plan. */
	<T> JsonFields array(String key, Collection<? extends T> values, Function<? super T, ? extends JsonElement> map) {
		JsonArray array = new JsonArray();
		values.forEach(value -> array.add(map.apply(value)));
		object.add(key, array);
		return this;
	}

	JsonFields strings(String key, Collection<String> values) {
		return array(key, values, JsonPrimitive::new);
	}

	/** A JSON number with the scale the author wrote ({@code 5.2}, {@code 80000}); never a string. */
	static JsonPrimitive number(BigDecimal value) {
		return new JsonPrimitive(value);
	}
}
