package plan.dsl.ide.contentassist;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;

/** The two spellings of the language's keywords, and which of them a plan's author wants proposed. */
public enum KeywordLanguage {
	ENGLISH, CHINESE;

	/**
	 * How a keyword is spelt: Chinese when it holds a CJK or full-width character ({@code 目标}, {@code ％}),
	 * English when it holds a Latin letter, {@code null} for punctuation and operators ({@code {}, {@code >=}).
	 */
	public static KeywordLanguage of(String keyword) {
		boolean latin = false;
		for (int i = 0; i < keyword.length(); i++) {
			char c = keyword.charAt(i);
			if (c >= 0x2E80) {
				return CHINESE;
			}
			latin |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
		}
		return latin ? ENGLISH : null;
	}

	/**
	 * The spellings to propose in {@code plan}: those of its {@code language} setting when written, both
	 * otherwise (a new or unfinished plan has not said yet). The setting itself defaults to zh when left out,
	 * so only the source text tells whether the author chose.
	 */
	public static Set<KeywordLanguage> wantedIn(Plan plan) {
		if (plan == null || NodeModelUtils.findNodesForFeature(plan, PlanPackage.Literals.PLAN__LANGUAGE).isEmpty()) {
			return EnumSet.allOf(KeywordLanguage.class);
		}
		return EnumSet.of(plan.getLanguage() == DocLanguage.EN ? ENGLISH : CHINESE);
	}
}
