package plan.dsl.validation;

import java.util.Arrays;

import plan.dsl.plan.DocLanguage;

/**
 * The smallest rule that tells "好" from a description of substance: a text is vague when it has fewer
 * than {@value #MIN_CHINESE_CHARACTERS} letters or digits if it is written in Chinese characters, or fewer
 * than {@value #MIN_WORDS} words otherwise. The text's own script decides, not the plan's language,
 * because a Chinese plan may well quote an English criterion.
 */
final class MinimalVagueText implements VagueText {

	static final int MIN_CHINESE_CHARACTERS = 6;
	static final int MIN_WORDS = 3;

	@Override
	public boolean isVague(String text, DocLanguage language) {
		if (text == null || text.isBlank()) {
			return true;
		}
		if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			return text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_CHINESE_CHARACTERS;
		}
		return Arrays.stream(text.split("[\\s\\p{Punct}]+")).filter(word -> !word.isEmpty()).count() < MIN_WORDS;
	}
}
