package plan.dsl.conversion;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Turns the text of dates, decimals, integers and percentages into typed values.
 * An impossible calendar day (2026-02-30) converts to {@code null} rather than failing the parse,
 * so the rest of the plan stays intact and the validator reports {@code date.invalid} on that line.
 */
public class PlanValueConverters extends DefaultTerminalConverters {

	static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
			.withResolverStyle(ResolverStyle.STRICT);

	@Inject
	private STRINGValueConverter stringConverter;

	@ValueConverter(rule = "IsoDate")
	public IValueConverter<LocalDate> IsoDate() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected LocalDate internalToValue(String text, INode node) {
				try {
					return LocalDate.parse(text.trim(), ISO_STRICT);
				} catch (DateTimeException e) {
					return null;
				}
			}

			@Override
			protected String internalToString(LocalDate value) {
				return value.format(ISO_STRICT);
			}
		};
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String text, INode node) {
				try {
					return new BigDecimal(text.trim());
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + text + "' is not a number", node, e);
				}
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	@ValueConverter(rule = "Percent")
	public IValueConverter<BigDecimal> Percent() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String text, INode node) {
				String digits = text.replace("%", "").replace("％", "").trim();
				try {
					return new BigDecimal(digits);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + text + "' is not a percentage", node, e);
				}
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString() + " %";
			}
		};
	}

	@ValueConverter(rule = "Int")
	public IValueConverter<Integer> Int() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String text, INode node) {
				try {
					return Integer.valueOf(text.trim());
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + text + "' is not a whole number", node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}
}
