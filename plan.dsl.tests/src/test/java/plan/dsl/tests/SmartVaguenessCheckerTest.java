package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plan.dsl.facts.VaguenessChecker;
import plan.dsl.facts.VaguenessChecker.Vagueness;
import plan.dsl.plan.DocLanguage;

/** Vague or concrete, in Chinese and English, with the reason the messages use. */
class SmartVaguenessCheckerTest {

	@Test
	void corpusPairForCriteriaDescriptions() {
		assertTrue(VaguenessChecker.isVague("好", DocLanguage.ZH));
		assertFalse(VaguenessChecker.isVague("事迹真实可查，群众认可度高，具有示范和推广意义", DocLanguage.ZH));
	}

	@Test
	void corpusPairForSpecific() {
		assertEquals(Vagueness.TOO_SHORT, VaguenessChecker.assess("加强"));
		assertEquals(Vagueness.CLEAR, VaguenessChecker.assess("组织35岁以下员工参加岗位练兵与技能比武"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "在12个基层供电所推行服务标准化，压降客户投诉", "以“党建+攻坚”推动两项重大科研项目按期结题",
			"为每名35岁以下党员制定成长计划并完成一次岗位讲堂", "开展岗位练兵" })
	void concreteChineseIsClear(String text) {
		assertEquals(Vagueness.CLEAR, VaguenessChecker.assess(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "进一步加强各项工作", "提升服务水平", "全面加强和改进党的建设工作", "切实做好落实工作" })
	void onlyGenericChineseWordsIsGeneric(String text) {
		assertEquals(Vagueness.GENERIC, VaguenessChecker.assess(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Recruit at least two volunteers from each of the 8 branch libraries",
			"Train 20 staff", "Publish a monthly report of complaints per branch" })
	void concreteEnglishIsClear(String text) {
		assertEquals(Vagueness.CLEAR, VaguenessChecker.assess(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Further strengthen and improve our work", "Enhance overall quality and effectiveness",
			"Continuously improving the level of services" })
	void onlyGenericEnglishWordsIsGeneric(String text) {
		assertEquals(Vagueness.GENERIC, VaguenessChecker.assess(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "improve", "Improve service", "Good", "加强服务", "提升" })
	void fewWordsAreTooShort(String text) {
		assertEquals(Vagueness.TOO_SHORT, VaguenessChecker.assess(text), text);
	}

	@Test
	void emptyBlankAndPunctuationAreEmpty() {
		assertEquals(Vagueness.EMPTY, VaguenessChecker.assess(null));
		assertEquals(Vagueness.EMPTY, VaguenessChecker.assess(""));
		assertEquals(Vagueness.EMPTY, VaguenessChecker.assess(" \u3000 …，。"));
		assertTrue(VaguenessChecker.isVague(null, DocLanguage.EN));
	}

	@Test
	void englishCountsWordsAndChineseCountsCharacters() {
		// three English words (6 units) pass the length bar, three Chinese characters (3 units) do not
		assertFalse(VaguenessChecker.isVague("Survey 600 employees"));
		assertTrue(VaguenessChecker.isVague("调研员"));
		// six characters with a real object are enough
		assertFalse(VaguenessChecker.isVague("调研六百员工"));
	}

	@Test
	void plansLanguageDoesNotChangeTheVerdictOnTheText() {
		for (String text : new String[] { "加强", "Improve service", "组织35岁以下员工参加岗位练兵与技能比武", "Train 20 staff" }) {
			assertEquals(VaguenessChecker.isVague(text, DocLanguage.ZH), VaguenessChecker.isVague(text, DocLanguage.EN),
					text);
		}
	}
}
