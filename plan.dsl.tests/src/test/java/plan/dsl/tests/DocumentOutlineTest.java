package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.document.HeadingNumbers;
import plan.dsl.generator.document.PlanDocument;
import plan.dsl.generator.document.PlanOutline;
import plan.dsl.generator.document.Section;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Plan;

/** The shared outline: which sections a plan gets, in the seed's order, numbered per language. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DocumentOutlineTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider facts;

	@Test
	void activityPlanHasEverySectionInTheOrderOfSeedOne() throws Exception {
		PlanDocument document = outline("cxzy-2026.plan");
		assertEquals(List.of(
				"一、背景与目标", "（一）背景分析", "（二）工作目标",
				"二、策划团队与调研", "（一）策划团队", "（二）调研与分析",
				"三、活动方案", "（一）活动主题", "（二）活动对象与范围", "（三）时间安排", "（四）内容与载体",
				"（五）评选标准与办法", "（六）宣传推广", "（七）保障措施",
				"1.组织保障", "2.人员保障", "3.经费保障", "4.物资保障",
				"（八）预期成果与检验",
				"四、审批与跟踪", "（一）方案审批", "（二）过程跟踪"), headings(document));
		assertEquals("2026年度“创先争优”活动方案", document.title());
		assertEquals("某市供电公司党委", document.organization());
		assertEquals(List.of("版本：1.0", "周期：2026年3月1日至12月31日", "状态：已批准"), document.frontMatter());
		assertEquals("zh-CN", document.languageTag());
	}

	@Test
	void annualPlanNumbersOnlyTheSectionsItHas() throws Exception {
		assertEquals(List.of(
				"一、背景与目标", "（一）背景分析", "（二）工作目标",
				"二、策划团队与调研", "（一）策划团队",
				"三、工作安排", "（一）时间安排", "（二）内容与载体", "（三）预期成果与检验",
				"四、审批与跟踪", "（一）方案审批", "（二）过程跟踪"), headings(outline("dangjian-2027.plan")));
	}

	@Test
	void englishPlanUsesEnglishHeadingsAndDecimalNumbers() throws Exception {
		PlanDocument document = outline("volunteer-week.plan");
		assertEquals(List.of(
				"1 Background and goals", "1.1 Goals",
				"2 Planning team and research", "2.1 Planning team",
				"3 Implementation plan", "3.1 Schedule", "3.2 Projects"), headings(document));
		assertEquals(List.of("Period: 1 May 2026 – 30 Jun 2026", "Status: draft"), document.frontMatter());
		assertEquals("en", document.languageTag());
	}

	@Test
	void chineseNumbersPastTenAndThirdLevel() {
		List<Section> twelve = IntStream.rangeClosed(1, 21)
				.mapToObj(i -> Section.of(1, "节" + i, List.of(), i == 12
						? List.of(Section.of(2, "子", List.of(), List.of(Section.of(3, "条", List.of(), List.of()))))
						: List.of()))
				.toList();
		List<Section> numbered = new HeadingNumbers(DocLanguage.ZH).number(twelve);
		assertEquals("十、节10", numbered.get(9).heading());
		assertEquals("十一、节11", numbered.get(10).heading());
		assertEquals("二十、节20", numbered.get(19).heading());
		assertEquals("二十一、节21", numbered.get(20).heading());
		assertEquals("（一）子", numbered.get(11).subsections().get(0).heading());
		assertEquals("1.条", numbered.get(11).subsections().get(0).subsections().get(0).heading());
		List<Section> english = new HeadingNumbers(DocLanguage.EN).number(twelve);
		assertEquals("12.1.1 条", english.get(11).subsections().get(0).subsections().get(0).heading());
	}

	@Test
	void planWithoutSectionsHasNoEmptyHeadings() throws Exception {
		Plan plan = DocumentFixtures.parse(parser, "plan Empty \"空方案\" { kind project }");
		PlanDocument document = PlanOutline.of(facts.get(plan));
		assertTrue(document.sections().isEmpty(), headings(document).toString());
		assertEquals("", document.organization());
	}

	private PlanDocument outline(String corpusFile) throws Exception {
		return PlanOutline.of(facts.get(DocumentFixtures.corpusPlan(parser, corpusFile)));
	}

	static List<String> headings(PlanDocument document) {
		List<String> headings = new ArrayList<>();
		document.sections().forEach(section -> collect(section, headings));
		return headings;
	}

	private static void collect(Section section, List<String> headings) {
		headings.add(section.heading());
		section.subsections().forEach(sub -> collect(sub, headings));
	}
}
