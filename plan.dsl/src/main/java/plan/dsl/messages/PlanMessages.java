package plan.dsl.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Plan;

/**
 * Text shown to people (diagnostics, headings) in the plan's {@code language}: one bundle per language,
 * {@code plan/dsl/messages/messages_zh.properties} and {@code messages_en.properties} (UTF-8).
 */
public final class PlanMessages {

	private static final String BUNDLE = "plan.dsl.messages.messages";

	/** What a message shows for a value the plan does not have yet, in either language. */
	public static final String MISSING = "…";

	private final ResourceBundle bundle;
	private final Locale locale;

	private PlanMessages(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PlanMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private static final PlanMessages ZH = new PlanMessages(Locale.CHINESE);
	private static final PlanMessages EN = new PlanMessages(Locale.ENGLISH);

	public static PlanMessages of(DocLanguage language) {
		return language == DocLanguage.EN ? EN : ZH;
	}

	/** Messages in the language of the plan that contains {@code plan} (zh when unknown). */
	public static PlanMessages of(Plan plan) {
		return plan == null ? ZH : of(plan.getLanguage());
	}

	public Locale locale() {
		return locale;
	}

	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	/** The texts of every key that starts with {@code prefix} (e.g. all placeholders of the skeletons). */
	public Set<String> valuesUnder(String prefix) {
		return bundle.keySet().stream().filter(key -> key.startsWith(prefix)).map(bundle::getString)
				.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The text for {@code key} with {@code args} filled in ({@link MessageFormat} syntax). A missing value (a name or
	 * title not typed yet, so the parser left it empty) shows as {@link #MISSING}, never as "null".
	 */
	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("No message '" + key + "' for " + locale, e);
		}
		if (args.length == 0) {
			return pattern;
		}
		Object[] shown = args.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] == null) {
				shown[i] = MISSING;
			}
		}
		return new MessageFormat(pattern, locale).format(shown);
	}

}
