package plan.dsl.ui.preferences;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

import plan.dsl.ide.contentassist.KeywordLanguage;
import plan.dsl.ui.PlanUiPlugin;

/** The plug-in's settings: output folder (relative to the project), formats generated on save, keyword language. */
public class PlanPreferences extends AbstractPreferenceInitializer {

	public static final String OUTPUT_FOLDER = "outputFolder";
	public static final String FORMATS = "formats";
	/** "auto" (what the plan's language says), "en" or "zh". */
	public static final String PROPOSAL_LANGUAGE = "proposalLanguage";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		store.setDefault(OUTPUT_FOLDER, "out");
		store.setDefault(FORMATS, "md,html,dashboard,json");
		store.setDefault(PROPOSAL_LANGUAGE, "auto");
		store.setDefault("matchingBrackets", true);
		store.setDefault("matchingBracketsColor", "127,0,85");
	}

	public static IPreferenceStore store() {
		return PlanUiPlugin.getDefault().getPreferenceStore();
	}

	public static String outputFolder() {
		return store().getString(OUTPUT_FOLDER);
	}

	public static List<String> formats() {
		return Arrays.stream(store().getString(FORMATS).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	/** The one keyword language proposals are limited to, or {@code null} to follow the plan. */
	public static KeywordLanguage proposalLanguage() {
		return switch (store().getString(PROPOSAL_LANGUAGE)) {
			case "en" -> KeywordLanguage.ENGLISH;
			case "zh" -> KeywordLanguage.CHINESE;
			default -> null;
		};
	}
}
