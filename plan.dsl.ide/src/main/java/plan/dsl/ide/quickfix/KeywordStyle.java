package plan.dsl.ide.quickfix;

import java.util.Map;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import plan.dsl.plan.Plan;

/**
 * Whether a file is written with English or Chinese keywords, so that text inserted by a quick fix reads like
 * the rest of the file. The file's first keyword ({@code plan} or {@code 方案}) decides: mixed files exist, but
 * the header is what the author chose first.
 */
public enum KeywordStyle {
	ENGLISH, CHINESE;

	/**
	 * The Chinese aliases of the keywords quick fixes write (LANGUAGE.md, "Keywords in Chinese"). A test checks
	 * every pair against the grammar.
	 */
	public static final Map<String, String> CHINESE_KEYWORDS = Map.ofEntries(
			Map.entry("plan", "方案"), Map.entry("kind", "类型"), Map.entry("language", "语言"),
			Map.entry("period", "周期"), Map.entry("from", "自"), Map.entry("to", "至"),
			Map.entry("background", "背景"),
			Map.entry("goal", "目标"), Map.entry("level", "层级"), Map.entry("specific", "具体"),
			Map.entry("due", "截止"),
			Map.entry("team", "团队"), Map.entry("person", "成员"), Map.entry("role", "角色"),
			Map.entry("research", "调研"), Map.entry("method", "方法"), Map.entry("finding", "发现"),
			Map.entry("theme", "主题"), Map.entry("slogan", "口号"), Map.entry("audience", "对象"),
			Map.entry("phase", "阶段"),
			Map.entry("project", "项目"), Map.entry("deliverable", "成果形式"), Map.entry("standard", "评估标准"),
			Map.entry("featured", "特色"), Map.entry("integrates", "融合"),
			Map.entry("criteria", "评选"), Map.entry("criterion", "指标"), Map.entry("weight", "权重"),
			Map.entry("qualitative", "定性"), Map.entry("procedure", "程序"), Map.entry("judges", "评委"),
			Map.entry("publicity", "宣传"), Map.entry("stage", "环节"), Map.entry("via", "渠道"),
			Map.entry("owner", "负责人"),
			Map.entry("safeguards", "保障"), Map.entry("organization", "单位"), Map.entry("personnel", "人员"),
			Map.entry("materials", "物资"),
			Map.entry("outcome", "成果"), Map.entry("for", "对应"), Map.entry("verified by", "检验"),
			Map.entry("approval", "审批"), Map.entry("round", "轮次"), Map.entry("on", "于"), Map.entry("by", "由"),
			Map.entry("decision", "意见"),
			Map.entry("tracking", "跟踪"), Map.entry("report", "报告"));

	/** The Chinese aliases of the enumeration values quick fixes write, as the grammar declares them. */
	public static final Map<String, String> CHINESE_VALUES = Map.ofEntries(
			Map.entry("challenge", "挑战"), Map.entry("organization", "组织"), Map.entry("individual", "个人"), Map.entry("leader", "组长"),
			Map.entry("member", "组员"), Map.entry("survey", "问卷"), Map.entry("monthly", "每月"),
			Map.entry("revise", "修改"), Map.entry("activity", "活动"), Map.entry("annual", "年度"),
			Map.entry("project", "项目"), Map.entry("zh", "中文"), Map.entry("en", "英文"));

	/** The style a file has whose first keyword is {@code firstKeyword}. */
	public static KeywordStyle ofKeyword(String firstKeyword) {
		return firstKeyword != null && firstKeyword.chars().anyMatch(c -> c > 0x7F) ? CHINESE : ENGLISH;
	}

	/** The style of the file holding {@code plan}; English when the plan has no parsed text. */
	public static KeywordStyle of(Plan plan) {
		ICompositeNode node = NodeModelUtils.getNode(plan);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword) {
					return ofKeyword(leaf.getText());
				}
			}
		}
		return ENGLISH;
	}

	/** The keyword {@code english} in this style. */
	public String keyword(String english) {
		return translate(english, CHINESE_KEYWORDS);
	}

	/** The enumeration value {@code english} (e.g. {@code leader}) in this style. */
	public String value(String english) {
		return translate(english, CHINESE_VALUES);
	}

	private String translate(String english, Map<String, String> chinese) {
		if (this == ENGLISH) {
			return english;
		}
		String alias = chinese.get(english);
		if (alias == null) {
			throw new IllegalArgumentException("No Chinese alias for '" + english + "'");
		}
		return alias;
	}
}
