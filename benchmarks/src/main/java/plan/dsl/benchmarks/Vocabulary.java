package plan.dsl.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * The words synthetic plans are made of: the work areas, actions and wording of a Chinese utility company's
 * annual plan, combined so that titles, deliverables and standards are concrete (never judged vague).
 */
final class Vocabulary {

	static final List<String> AREAS = List.of("配网运维", "营销服务", "安全生产", "青年人才", "数字化转型", "党建品牌",
			"客户服务", "智能巡检", "节能降耗", "应急保障", "电费回收", "带电作业", "计量管理", "工程建设", "综合能源",
			"班组建设", "廉洁风险防控", "电力设施保护", "供电可靠性", "优质服务窗口");
	static final List<String> ACTIONS = List.of("技能比武", "专项治理", "示范创建", "培训轮训", "标准化建设", "攻坚行动",
			"评优评先", "调研走访", "劳动竞赛", "志愿服务", "合理化建议征集", "典型经验交流");
	static final List<String> TYPES = List.of("competition", "contest", "service", "suggestion", "lecture",
			"practice", "study", "training", "visit");
	static final List<String> DELIVERABLES = List.of("总结报告及问题整改台账", "成绩册及获奖名单", "典型案例汇编",
			"标准化作业指导书", "培训课件与考试题库", "调研报告及改进建议清单", "现场观摩视频资料", "工作简报（月刊）");
	static final List<String> UNITS = List.of("城区供电所", "郊区供电所", "运维检修部", "营销服务中心", "调度控制中心",
			"物资供应中心", "客户服务班", "变电运维班");
	static final List<String> POSITIONS = List.of("党建工作部专责", "人力资源部专责", "运维检修部副主任", "营销部专责",
			"安全监察部专责", "供电所所长", "班组长", "团委书记", "工会干事", "办公室主任");
	static final List<String> PHASES = List.of("动员部署", "调研摸底", "方案细化", "全面启动", "集中攻坚", "中期检查",
			"巩固提升", "经验交流", "查漏补缺", "总结评估", "考核评比", "表彰总结");
	static final List<String> CHANNELS = List.of("内网", "微信公众号", "公告栏", "企业电视台", "工作简报");

	private Vocabulary() {
	}

	static <T> T pick(List<T> words, Random random) {
		return words.get(random.nextInt(words.size()));
	}

	/** e.g. 配网运维技能比武（第12批）: the batch number keeps thousands of titles distinct. */
	static String projectTitle(int index, String area, String action) {
		return area + action + "（第" + (index / (AREAS.size() * ACTIONS.size()) + 1) + "批）";
	}

	static String deliverable(String area, Random random) {
		return area + pick(DELIVERABLES, random);
	}

	static String standard(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> "覆盖全部" + (6 + random.nextInt(20)) + "个基层班组，参与率不低于" + (85 + random.nextInt(15)) + "%";
			case 1 -> "问题整改完成率达到" + (90 + random.nextInt(11)) + "%，且无重复发生";
			case 2 -> "参训人员考试合格率不低于" + (80 + random.nextInt(20)) + "%";
			default -> "客户满意度较上年提高" + (1 + random.nextInt(5)) + "个百分点";
		};
	}
}
