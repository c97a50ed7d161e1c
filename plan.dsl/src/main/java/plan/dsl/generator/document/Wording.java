package plan.dsl.generator.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DateRange;
import plan.dsl.plan.Party;
import plan.dsl.plan.Person;
import plan.dsl.plan.Quantity;
import plan.dsl.plan.Unit;

/**
 * How values of a plan read in its document language: dates (2026年3月1日 / 1 Mar 2026), ranges, quantities,
 * money, enumeration values and lists. Only presentation; no derived fact is computed here.
 */
public final class Wording {

	private static final String PERCENT = "%";

	private final PlanMessages messages;
	private final DateTimeFormatter date;
	private final DateTimeFormatter sameYearEnd;

	public Wording(PlanMessages messages) {
		this.messages = messages;
		this.date = DateTimeFormatter.ofPattern(messages.get("doc.date.pattern"), messages.locale());
		this.sameYearEnd = DateTimeFormatter.ofPattern(messages.get("doc.date.sameYearEnd"), messages.locale());
	}

	public String text(String key, Object... args) {
		return messages.get(key, args);
	}

	/** A field label with the language's colon ("主题：", "Theme: "). */
	public String label(String key) {
		return messages.get("doc.label", messages.get(key));
	}

	/** "李娜：方案统筹": a value introduced by a label that is itself plan text. */
	public String labelled(String label, String value) {
		return messages.get("doc.label", label) + value;
	}

	public String date(LocalDate day) {
		return day == null ? "" : date.format(day);
	}

	/** "2026年4月1日至10月31日": Chinese plans drop the repeated year of the end date. */
	public String range(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return from == null ? date(to) : date(from);
		}
		String end = from.getYear() == to.getYear() ? sameYearEnd.format(to) : date(to);
		return messages.get("doc.range", date(from), end);
	}

	public String range(DateRange range) {
		return range == null ? "" : range(range.getFrom(), range.getTo());
	}

	/** "5.2%", "85分" / "85 points", "80,000元": the unit as a reader of the language expects it. */
	public String quantity(Quantity quantity) {
		if (quantity == null || quantity.getValue() == null) {
			return "";
		}
		String unit = quantity.getUnit();
		String value = quantity.getValue().toPlainString();
		if (unit == null || unit.isEmpty()) {
			return value;
		}
		if (PERCENT.equals(unit)) {
			return value + PERCENT;
		}
		if (isCurrency(unit)) {
			return money(quantity.getValue(), unit);
		}
		String key = "doc.unit." + unit;
		if (messages.has(key)) {
			return value + messages.get(key);
		}
		// a Chinese unit word follows the number directly (0起, 88.5分); Latin words after a space
		return Character.UnicodeScript.of(unit.codePointAt(0)) == Character.UnicodeScript.HAN ? value + unit
				: value + " " + unit;
	}

	public String percent(BigDecimal value) {
		return value == null ? "" : value.toPlainString() + PERCENT;
	}

	/** Amount with thousands separators, keeping the decimals as written. */
	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		String grouped = String.format(Locale.ROOT, "%,." + Math.max(amount.scale(), 0) + "f", amount);
		if (currency == null || "CNY".equals(currency)) {
			return messages.get("doc.money", grouped);
		}
		return messages.get("doc.money.other", grouped, currency);
	}

	/** A person by name, a unit by its title. */
	public String party(Party party) {
		if (party instanceof Person person) {
			return Objects.toString(person.getName(), "");
		}
		if (party instanceof Unit unit) {
			return Objects.toString(unit.getTitle(), Objects.toString(unit.getName(), ""));
		}
		return "";
	}

	/** Label of an enumeration value, e.g. Role.leader → "负责人"; key {@code doc.<enumType>.<name>}. */
	public String enumeration(Enumerator value) {
		if (value == null) {
			return "";
		}
		String type = value.getClass().getSimpleName();
		return messages.get("doc." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.getName());
	}

	/** A project type (open list): the common ones translated, others as written. */
	public String projectType(String type) {
		if (type == null) {
			return "";
		}
		String key = "doc.type." + type;
		return messages.has(key) ? messages.get(key) : type;
	}

	/** Names joined with the language's list separator ("、" / ", "). */
	public String list(List<String> parts) {
		return String.join(messages.get("doc.separator"), parts);
	}

	/** Phrases joined with the language's phrase separator ("；" / "; "). */
	public String phrases(List<String> parts) {
		return String.join(messages.get("doc.separator.phrases"), parts);
	}

	private static boolean isCurrency(String unit) {
		return unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
	}
}
