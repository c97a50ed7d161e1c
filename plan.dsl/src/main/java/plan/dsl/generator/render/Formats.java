package plan.dsl.generator.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import plan.dsl.generator.view.Amount;

/** How numbers, amounts and dates read in every output, the same in Chinese and English where possible. */
public final class Formats {

	private Formats() {
	}

	/** A number without trailing zeros, thousands grouped: 80000 → "80,000", 5.20 → "5.2". */
	public static String number(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	/** A number with its unit as a reader writes it: "5.2%", "16 people", "80,000 CNY"; "—" when absent. */
	public static String amount(Amount amount) {
		if (amount == null) {
			return "—";
		}
		return withUnit(amount.value(), amount.unit());
	}

	public static String withUnit(BigDecimal value, String unit) {
		if (unit == null || unit.isEmpty()) {
			return number(value);
		}
		return "%".equals(unit) ? number(value) + "%" : number(value) + " " + unit;
	}

	public static String percent(BigDecimal value) {
		return withUnit(value, "%");
	}

	/** ISO date, understood in both languages; "—" when absent. */
	public static String date(LocalDate day) {
		return day == null ? "—" : day.toString();
	}

	/** A compact day: "3月10日" or "Mar 10". */
	public static String shortDate(LocalDate day, Locale locale) {
		if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
			return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
		}
		return day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day.getDayOfMonth();
	}

	/** An axis label for a month start: "3月" / "Mar", with the year when asked ("2026年3月" / "Mar 2026"). */
	public static String month(LocalDate day, Locale locale, boolean withYear) {
		if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
			return (withYear ? day.getYear() + "年" : "") + day.getMonthValue() + "月";
		}
		String month = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
		return withYear ? month + " " + day.getYear() : month;
	}

	/** A date range "2026-03-01 – 2026-12-31"; "—" for a missing end. */
	public static String range(LocalDate from, LocalDate to) {
		return date(from) + " – " + date(to);
	}
}
