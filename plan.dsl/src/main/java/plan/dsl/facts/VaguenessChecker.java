package plan.dsl.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import plan.dsl.plan.DocLanguage;

/**
 * Tells whether a text written by a planner says something checkable or is only a slogan: used for a
 * goal's {@code specific} (SMART "S") and for the description of a qualitative criterion
 * ({@code criteria.vague-description}).
 * <p>
 * Length is counted in word-ish units that treat both scripts alike: every CJK character counts 1 and
 * every Latin word or number counts 2 (an English word carries about as much as a two-character Chinese
 * word). A text is vague when it is empty, shorter than {@value #MIN_UNITS} units, or when fewer than
 * {@value #MIN_CONTENT_UNITS} units remain after removing generic verbs (加强, 提升, improve, …), filler
 * words (工作, 进一步, the, …) and particles: "加强" and "提升服务水平" are vague, "组织35岁以下员工参加岗位练兵与技能比武"
 * is not.
 * <p>
 * The methods are static so facts can call them without injection; the class can still be injected or
 * instantiated by validators that prefer a field.
 */
public final class VaguenessChecker {

	/** Why a text is vague, or {@link #CLEAR} when it is not. */
	public enum Vagueness {
		/** Says something checkable. */
		CLEAR,
		/** Empty or only punctuation. */
		EMPTY,
		/** Fewer units than any concrete statement needs. */
		TOO_SHORT,
		/** Long enough, but only generic verbs and filler words with no real object. */
		GENERIC;

		public boolean isVague() {
			return this != CLEAR;
		}
	}

	static final int MIN_UNITS = 6;
	static final int MIN_CONTENT_UNITS = 4;
	private static final int LATIN_WORD_UNITS = 2;

	/**
	 * Generic verbs, hollow nouns and filler of Chinese plans. Chinese has no spaces, so these are removed
	 * as substrings, longest first so that a longer word goes as a whole.
	 */
	private static final List<String> ZH_GENERIC = sortedLongestFirst(List.of(
			"加强", "提升", "提高", "推进", "推动", "做好", "落实", "强化", "深化", "改进", "完善", "促进", "加大",
			"优化", "抓好", "抓实", "确保", "狠抓", "加快", "增强", "巩固", "开展", "搞好", "有序",
			"进一步", "全面", "积极", "认真", "切实", "大力", "不断", "努力", "着力", "持续", "扎实", "有效",
			"稳步", "深入", "全力", "各项", "相关", "工作", "水平", "能力", "质量", "建设", "力度", "方面",
			"的", "地", "得", "和", "与", "及", "等", "好"));

	/** English stems of generic verbs: "improv" matches improve, improves, improving, improvement. */
	private static final List<String> EN_GENERIC_STEMS = List.of("improv", "enhanc", "strengthen", "promot",
			"boost", "advanc", "deepen", "optimi", "ensur", "facilitat", "foster", "reinforc", "upgrad",
			"increas", "develop", "support", "implement");

	/** English filler and function words, matched whole. */
	private static final Set<String> EN_FILLER = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on",
			"for", "with", "our", "its", "their", "all", "overall", "further", "better", "more", "well", "good",
			"actively", "effectively", "continuously", "comprehensively", "greatly", "work", "works", "efforts",
			"effort", "level", "levels", "quality", "capacity", "capability", "capabilities", "related",
			"various", "etc");

	/** Instantiable so that validators may inject it; all checks are static. */
	public VaguenessChecker() {
	}

	/**
	 * Whether {@code text} is too vague to check. The text's own script decides how it is counted, because
	 * a plan's language and the language of a string in it can differ; {@code language} is the plan's
	 * language, accepted so callers need not know that.
	 */
	public static boolean isVague(String text, DocLanguage language) {
		return assess(text).isVague();
	}

	/** Whether {@code text} is too vague to check; see {@link #assess(String)}. */
	public static boolean isVague(String text) {
		return assess(text).isVague();
	}

	/** Why {@code text} is vague, so messages can say "too short" or "only generic words". */
	public static Vagueness assess(String text) {
		if (text == null) {
			return Vagueness.EMPTY;
		}
		int units = 0;
		int contentUnits = 0;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (isCjk(cp)) {
				int end = runEnd(text, i, true);
				String run = text.substring(i, end);
				units += run.codePointCount(0, run.length());
				String content = stripGeneric(run);
				contentUnits += content.codePointCount(0, content.length());
				i = end;
			} else if (Character.isLetterOrDigit(cp)) {
				int end = runEnd(text, i, false);
				units += LATIN_WORD_UNITS;
				if (!isGenericEnglish(text.substring(i, end).toLowerCase(Locale.ROOT))) {
					contentUnits += LATIN_WORD_UNITS;
				}
				i = end;
			} else {
				i += Character.charCount(cp);
			}
		}
		if (units == 0) {
			return Vagueness.EMPTY;
		}
		if (units < MIN_UNITS) {
			return Vagueness.TOO_SHORT;
		}
		return contentUnits < MIN_CONTENT_UNITS ? Vagueness.GENERIC : Vagueness.CLEAR;
	}

	private static boolean isCjk(int cp) {
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

	/** End of the run of CJK characters, or of the Latin word or number, starting at {@code start}. */
	private static int runEnd(String text, int start, boolean cjk) {
		int i = start;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			boolean inRun = cjk ? isCjk(cp) : Character.isLetterOrDigit(cp) && !isCjk(cp);
			if (!inRun) {
				break;
			}
			i += Character.charCount(cp);
		}
		return i;
	}

	private static String stripGeneric(String run) {
		String rest = run;
		for (String word : ZH_GENERIC) {
			rest = rest.replace(word, "");
		}
		return rest;
	}

	private static boolean isGenericEnglish(String word) {
		if (EN_FILLER.contains(word)) {
			return true;
		}
		for (String stem : EN_GENERIC_STEMS) {
			if (word.startsWith(stem)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> sortedLongestFirst(List<String> words) {
		return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}
}
