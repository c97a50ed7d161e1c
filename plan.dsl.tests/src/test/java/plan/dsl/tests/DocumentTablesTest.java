package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.document.Block;
import plan.dsl.generator.document.PlanDocument;
import plan.dsl.generator.document.PlanOutline;
import plan.dsl.generator.document.Section;
import plan.dsl.plan.Plan;

/** The tables and fields of the outline, cell by cell, for the complete plans of the shared corpus. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DocumentTablesTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider facts;

	@Test
	void activityPlanProjectsWithGoalsOwnersEffectiveDatesDeliverablesAndStandards() throws Exception {
		Block.Table projects = table(outline("cxzy-2026.plan"), "项目清单");
		assertEquals(List.of("项目名称", "形式", "支撑目标", "负责人", "时间节点", "成果形式", "评估标准"), projects.header());
		assertEquals(List.of(
				List.of("岗位技能比武", "技能比武", "提升青年员工技能", "王强", "2026年4月1日至10月31日",
						"比武成绩册及获奖名单", "35岁以下员工参与率不低于90%"),
				List.of("服务之星竞赛（特色）", "竞赛评比", "降低客户投诉率", "李娜", "2026年4月15日至10月15日",
						"月度服务之星评选结果", "参赛供电所投诉率逐月下降"),
				List.of("先进事迹宣讲", "事迹宣讲", "降低客户投诉率；提升青年员工技能", "宣传报道组", "2026年10月16日至10月31日",
						"事迹材料汇编与宣讲视频", "覆盖全部12个供电所")), projects.rows());
		assertNull(projects.total());
	}

	@Test
	void activityPlanCriteriaWithWeightsAndTheirSum() throws Exception {
		PlanDocument document = outline("cxzy-2026.plan");
		Block.Table criteria = table(document, "评选指标");
		assertEquals(List.of(
				List.of("客户投诉率下降幅度", "40%", "定量", "≥ 40%"),
				List.of("技能比武成绩", "30%", "定量", "≥ 85分"),
				List.of("先进事迹典型性", "30%", "定性", "事迹真实可查，群众认可度高，具有示范和推广意义")), criteria.rows());
		assertEquals(List.of("合计", "100%", "", ""), criteria.total());
		List<Block.Field> fields = fields(document);
		assertFalse(fields.isEmpty());
		assertEquals("个人申报 → 支部推荐 → 评委会评审 → 结果公示 → 党委审定", field(fields, "评选程序："));
		assertEquals("每季度", field(fields, "评选周期："));
		assertEquals("党委委员3名、职工代表4名、外部专家2名", field(fields, "评委组成："));
	}

	@Test
	void activityPlanBudgetItemsProjectBudgetsAndTotals() throws Exception {
		PlanDocument document = outline("cxzy-2026.plan");
		assertEquals("80,000元", field(fields(document), "经费预算："));
		Block.Table items = table(document, "经费预算明细");
		assertEquals(List.of(List.of("奖品及证书", "30,000元"), List.of("宣传物料", "20,000元"),
				List.of("比武场地与器材", "30,000元")), items.rows());
		assertEquals(List.of("合计", "80,000元"), items.total());
		Block.Table projects = table(document, "项目经费");
		assertEquals(List.of(List.of("岗位技能比武", "30,000元")), projects.rows());
		assertEquals(List.of("合计", "30,000元"), projects.total());
	}

	@Test
	void activityPlanGoalsWithSmartFieldsBaselineTargetAndScore() throws Exception {
		Block.Table goals = table(outline("cxzy-2026.plan"), "目标一览");
		assertEquals(List.of("目标", "具体内容", "衡量指标（基线 → 目标值）", "负责人", "针对问题", "截止日期", "SMART 评分"),
				goals.header());
		assertEquals(List.of(
				List.of("降低客户投诉率（组织层面）", "在12个基层供电所推行服务标准化，压降客户投诉", "客户投诉率：5.2% → 3.0%", "李娜",
						"基层供电所客户投诉率高于全省平均水平", "2026年11月30日", "5/5"),
				List.of("提升青年员工技能（个人层面）", "组织35岁以下员工参加岗位练兵与技能比武", "技能鉴定通过率：62% → 80%", "王强",
						"青年员工技能断层，技能鉴定通过率偏低", "2026年10月31日", "5/5")), goals.rows());
	}

	@Test
	void activityPlanPublicityPhasesMilestonesOutcomesAndApproval() throws Exception {
		PlanDocument document = outline("cxzy-2026.plan");
		assertEquals(List.of(
				List.of("启动宣传", "宣传动员（2026年3月1日至3月31日）", "内网、公告栏", "宣传报道组", "发布活动方案和动员令"),
				List.of("典型宣传", "组织实施（2026年4月1日至10月31日）", "微信公众号、内网", "赵敏", "每月推送一期服务之星事迹"),
				List.of("表彰宣传", "评选表彰（2026年11月1日至12月31日）", "内网、表彰大会", "宣传报道组", "发布表彰决定，宣讲先进事迹")),
				table(document, "宣传安排").rows());
		assertEquals(List.of(
				List.of("宣传动员", "2026年3月1日至3月31日", "召开动员大会（2026年3月10日）"),
				List.of("组织实施", "2026年4月1日至10月31日", "中期通报（2026年7月15日）"),
				List.of("评选表彰", "2026年11月1日至12月31日", "表彰大会（2026年12月20日）")), table(document, "阶段安排").rows());
		assertEquals(List.of(
				List.of("客户投诉率降至3.0%以下", "降低客户投诉率", "营销系统月度投诉统计"),
				List.of("技能鉴定通过率达到80%", "提升青年员工技能", "年度技能鉴定结果")), table(document, "预期成果").rows());
		assertEquals(List.of(
				List.of("第1轮", "2026年2月10日", "公司党委会", "修改完善", "补充经费明细"),
				List.of("第2轮", "2026年2月24日", "公司党委会", "通过", "")), table(document, "审批记录").rows());
	}

	@Test
	void annualPlanProjectsTakeTheirPhaseDatesAndProgressIsListed() throws Exception {
		PlanDocument document = outline("dangjian-2027.plan");
		List<List<String>> projects = table(document, "项目清单").rows();
		assertEquals(List.of("党建+攻坚专项行动（特色）", "主题实践", "党建与科研深度融合", "党员攻坚突击队",
				"2027年2月1日至12月15日", "两项重大科研项目结题报告", "两项目按期通过结题验收"), projects.get(0));
		assertEquals("2027年4月1日至9月30日", projects.get(1).get(4), "P2 runs during Q2");
		assertEquals(List.of(List.of("2027年6月30日", "党建+攻坚专项行动", "45%", "第一项目完成中期检查"),
				List.of("2027年6月30日", "青年党员赋能工作坊", "60%", "")), table(document, "进展情况").rows());
		assertEquals("党建+攻坚专项行动、青年党员赋能工作坊", field(fields(document), "特色项目："));
	}

	@Test
	void englishPlanTablesInEnglishWithTheMissingSmartQuality() throws Exception {
		PlanDocument document = outline("volunteer-week.plan");
		Block.Table goals = table(document, "Goals at a glance");
		assertEquals(List.of(List.of("Recruit volunteers from every branch (organisation)",
				"Recruit at least two volunteers from each of the 8 branch libraries", "volunteers recruited: 0 → 16 people",
				"Maya", "", "31 May 2026", "4/5 (missing: relevant)")), goals.rows());
		Block.Table projects = table(document, "Projects");
		assertEquals(List.of("Project", "Type", "Goals", "Owner", "Dates", "Deliverable", "Standard"), projects.header());
		assertEquals(List.of("Branch outreach visits", "visit", "Recruit volunteers from every branch", "Tom",
				"2 May 2026 – 20 May 2026", "Sign-up sheets from all 8 branches", "Every branch visited once"),
				projects.rows().get(0));
		assertEquals(List.of("Maya", "Volunteer coordinator", "leader"), table(document, "Team members").rows().get(0));
	}

	@Test
	void overspentBudgetAndAmountsInAnotherCurrencyAreShownAsSuch() throws Exception {
		PlanDocument document = PlanOutline.of(facts.get(DocumentFixtures.parse(parser, String.join("\n",
				"plan B \"经费\" { kind project",
				"  team { person 甲 \"主任\" unit 组 \"工作组\" members 甲 }",
				"  safeguards { budget 100 CNY { item \"场地\" 80 item \"物料\" 50 item \"外宾\" 10 USD } }",
				"  project X \"项目一\" { budget 20 CNY } project Y \"项目二\" { budget 5 USD } }"))));
		Block.Table items = table(document, "经费预算明细");
		assertEquals(List.of(List.of("场地", "80元"), List.of("物料", "50元"), List.of("外宾", "10 USD")), items.rows());
		assertEquals(List.of("合计（不含其他币种）", "130元"), items.total());
		assertEquals("30元", field(fields(document), "超出预算："));
		Block.Table projects = table(document, "项目经费");
		assertEquals(List.of(List.of("项目一", "20元"), List.of("项目二", "5 USD")), projects.rows());
		assertEquals(List.of("合计（不含其他币种）", "20元"), projects.total());
		assertEquals(List.of(List.of("甲", "主任", "")), table(document, "策划团队成员").rows(), "no role written");
		assertEquals(List.of(new Block.Items("工作小组：", List.of("工作组（组员：甲）"))),
				blocks(document).stream().filter(Block.Items.class::isInstance).toList());
	}

	@Test
	void chineseUnitWordsFollowTheNumberDirectly() throws Exception {
		PlanDocument document = PlanOutline.of(facts.get(DocumentFixtures.bundledPlan(parser, "anquan-2026.plan")));
		List<List<String>> criteria = table(document, "评选指标").rows();
		assertEquals("≥ 85分", criteria.get(1).get(3));
		assertEquals("≥ 20条", criteria.get(2).get(3));
		assertEquals(List.of("压降第三方施工破坏管道事件", "0起"), table(document, "实际成效").rows().get(0));
	}

	private PlanDocument outline(String corpusFile) throws Exception {
		return PlanOutline.of(facts.get(DocumentFixtures.corpusPlan(parser, corpusFile)));
	}

	/** The one table of the document with this caption. */
	static Block.Table table(PlanDocument document, String caption) {
		List<Block.Table> found = blocks(document).stream().filter(Block.Table.class::isInstance)
				.map(Block.Table.class::cast).filter(table -> caption.equals(table.caption())).toList();
		assertEquals(1, found.size(), () -> "tables captioned " + caption);
		return found.get(0);
	}

	static List<Block> blocks(PlanDocument document) {
		List<Block> blocks = new ArrayList<>();
		document.sections().forEach(section -> collect(section, blocks));
		return blocks;
	}

	private static void collect(Section section, List<Block> blocks) {
		blocks.addAll(section.blocks());
		section.subsections().forEach(sub -> collect(sub, blocks));
	}

	private static List<Block.Field> fields(PlanDocument document) {
		return blocks(document).stream().filter(Block.Field.class::isInstance).map(Block.Field.class::cast).toList();
	}

	private static String field(List<Block.Field> fields, String label) {
		List<String> values = fields.stream().filter(field -> field.label().equals(label)).map(Block.Field::value).toList();
		assertEquals(1, values.size(), () -> "fields labelled " + label + " in " + fields);
		return values.get(0);
	}
}
