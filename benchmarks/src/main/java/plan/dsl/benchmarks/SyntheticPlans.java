package plan.dsl.benchmarks;

import static plan.dsl.benchmarks.Vocabulary.pick;

import java.time.LocalDate;
import java.util.Random;

/**
 * Realistic synthetic annual plans of any size, for benchmarks and scale tests: {@code n} projects with
 * owners, dates inside the period, {@code after} chains and cross-chain dependencies, goals they support,
 * budgets; n/10 persons with Chinese names, n/50 units, n/25 SMART goals, monthly phases with milestones,
 * criteria weighing 100 %, budget items adding up to the budget, approval and tracking. The text is
 * deterministic (fixed seed) and validates without errors; the only diagnostics are a few
 * {@code tracking.late} warnings, as in a real running plan.
 */
public final class SyntheticPlans {

	static final LocalDate PERIOD_START = LocalDate.of(2027, 1, 1);
	static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);
	static final LocalDate AS_OF = LocalDate.of(2027, 7, 1);
	static final String IND = "    ";

	private final int projects;
	private final Random random = new Random(20270101L);
	private final StringBuilder out = new StringBuilder();

	private SyntheticPlans(int projects) {
		this.projects = projects;
	}

	/** The text of a plan named {@code SYN<n>} with {@code n} projects (n ≥ 1). */
	public static String generate(int projects) {
		if (projects < 1) {
			throw new IllegalArgumentException("a plan needs at least one project: " + projects);
		}
		return new SyntheticPlans(projects).write();
	}

	public static int persons(int projects) {
		return Math.max(8, projects / 10);
	}

	public static int units(int projects) {
		return Math.max(2, projects / 50);
	}

	public static int goals(int projects) {
		return Math.min(projects, Math.max(4, projects / 25));
	}

	static String person(int index) {
		return ChineseNames.person(index);
	}

	static String unit(int index) {
		return "第" + (index + 1) + "工作组";
	}

	private String write() {
		out.append("// 合成计划：").append(projects).append("个项目，用于基准测试\n");
		out.append("plan SYN").append(projects).append(" \"某市供电公司2027年度重点工作计划\" {\n");
		line("kind annual");
		line("language zh");
		line("organization \"某市供电公司党委\"");
		line("period from " + PERIOD_START + " to " + PERIOD_END);
		line("status running");
		line("version \"2.1\"");
		line("asof " + AS_OF);
		background();
		goals();
		team();
		research();
		line("theme \"对标一流强基础 担当实干促发展\"");
		line("slogan \"人人有目标 项项有落实\"");
		line("audience \"公司本部及所属各单位全体员工\" units " + unit(0) + ", " + unit(1));
		phases();
		SyntheticProjects written = new SyntheticProjects(projects, random, out);
		written.writeProjects();
		criteria();
		publicity();
		safeguards(written.budgetSum());
		outcomes();
		approval();
		written.writeTracking();
		results();
		out.append("}\n");
		return out.toString();
	}

	private void line(String text) {
		out.append(IND).append(text).append('\n');
	}

	private void background() {
		line("background {");
		line(IND + "\"公司正处于高质量发展攻坚期，基层基础管理仍有短板，服务质效与一流企业存在差距。\"");
		line(IND + "\"上级单位部署开展对标提升行动，为各项工作提供了政策与资源支持。\"");
		for (int g = 1; g <= goals(projects); g++) {
			String area = Vocabulary.AREAS.get(g % Vocabulary.AREAS.size());
			line(IND + "challenge C" + g + " \"" + area + "指标在全省排名靠后，" + pick(Vocabulary.UNITS, random) + "问题较集中\"");
		}
		line(IND + "opportunity O1 \"省公司出台数字化专项支持政策\"");
		line(IND + "task T1 \"年底前完成营销系统升级上线\"");
		line(IND + "weakness W1 \"青年员工技能断层，技能鉴定通过率偏低\"");
		line("}");
	}

	/** SMART goals: concrete, measured from a baseline to a target, owned, linked to a challenge, dated. */
	private void goals() {
		for (int g = 1; g <= goals(projects); g++) {
			String area = Vocabulary.AREAS.get(g % Vocabulary.AREAS.size());
			int baseline = 50 + random.nextInt(30);
			line("goal G" + g + " \"" + area + "提质增效（目标" + g + "）\" {");
			line(IND + "level " + (g % 4 == 1 ? "individual" : "organization"));
			line(IND + "specific \"在" + (6 + random.nextInt(20)) + "个基层班组推行" + area
					+ "标准化作业，年底前形成可复制的工作机制\"");
			line(IND + "measure \"" + area + "达标率\" from " + baseline + " % to " + (baseline + 5 + random.nextInt(15)) + " %");
			line(IND + "owner " + person(g % persons(projects)));
			line(IND + "addresses C" + g);
			line(IND + "due " + PERIOD_START.plusDays(180 + random.nextInt(170)));
			line("}");
		}
	}

	private void team() {
		line("team {");
		line(IND + "person " + person(0) + " \"党委书记\" role leader");
		for (int p = 1; p < persons(projects); p++) {
			String role = p <= 3 ? "coordinator" : "member";
			line(IND + "person " + person(p) + " \"" + pick(Vocabulary.POSITIONS, random) + "\" role " + role);
		}
		for (int u = 0; u < units(projects); u++) {
			int lead = random.nextInt(persons(projects));
			line(IND + "unit " + unit(u) + " \"" + pick(Vocabulary.AREAS, random) + "专项工作组\" lead " + person(lead)
					+ " members " + person(lead) + ", " + person((lead + 1) % persons(projects)) + ", "
					+ person((lead + 2) % persons(projects)));
			line(IND + "responsibility " + unit(u) + " \"负责" + pick(Vocabulary.AREAS, random) + "相关项目的组织实施与月度通报\"");
		}
		line(IND + "responsibility " + person(1) + " \"计划统筹、进度督办、月度通报\"");
		line("}");
	}

	private void research() {
		line("research {");
		line(IND + "method survey \"面向全体员工的问卷调查\" sample " + (200 + projects / 2));
		line(IND + "method symposium \"一线员工代表座谈会\" sample 40");
		line(IND + "method benchmark \"对标省内先进单位的管理经验\"");
		line(IND + "finding F1 \"68%的员工希望考核标准量化、结果公开\"");
		line(IND + "finding F2 \"基层班组普遍反映培训内容与岗位需求脱节\"");
		line("}");
	}

	/** One phase per month, in order and apart, each with milestones inside it. */
	private void phases() {
		int milestones = 1 + projects / 200;
		for (int m = 0; m < 12; m++) {
			LocalDate from = PERIOD_START.plusMonths(m);
			LocalDate to = from.plusMonths(1).minusDays(1);
			line("phase P" + (m + 1) + " \"" + Vocabulary.PHASES.get(m) + "\" from " + from + " to " + to + " {");
			for (int k = 0; k < milestones; k++) {
				line(IND + "milestone M" + (m + 1) + "_" + (k + 1) + " \"" + Vocabulary.PHASES.get(m) + "节点" + (k + 1)
						+ "：召开推进会\" on " + from.plusDays(random.nextInt(to.getDayOfMonth())));
			}
			line("}");
		}
	}

	private void criteria() {
		line("criteria {");
		line(IND + "criterion K1 \"重点指标完成率\" weight 25 % quantitative target >= 95 %");
		line(IND + "criterion K2 \"客户投诉下降幅度\" weight 20 % quantitative target >= 30 %");
		line(IND + "criterion K3 \"技能比武成绩\" weight 20 % quantitative target >= 85 points");
		line(IND + "criterion K4 \"项目按期完成数\" weight 15 % quantitative target >= " + projects * 9 / 10 + " 项");
		line(IND + "criterion K5 \"典型经验推广价值\" weight 10 % qualitative \"经验做法真实可查，已在两个以上单位复制推广\"");
		line(IND + "criterion K6 \"群众认可度\" weight 10 % qualitative \"职工满意度测评得分不低于九十分且无有效投诉\"");
		line(IND + "cycle quarterly");
		line(IND + "procedure \"单位自评\", \"专业部门复核\", \"评委会评审\", \"结果公示\", \"党委审定\"");
		line(IND + "judges \"党委委员3名、职工代表4名、外部专家2名\"");
		line("}");
	}

	private void publicity() {
		line("publicity {");
		for (int m = 1; m <= 12; m++) {
			line(IND + "stage \"" + Vocabulary.PHASES.get(m - 1) + "宣传\" during P" + m + " via " + pick(Vocabulary.CHANNELS, random)
					+ ", 内网 owner " + unit(m % units(projects)) + " \"发布" + Vocabulary.PHASES.get(m - 1) + "阶段工作动态和典型做法\"");
		}
		line("}");
	}

	/** The budget is the projects' budgets plus overhead; its items add up to it exactly (silent). */
	private void safeguards(long projectBudgets) {
		int items = Math.max(5, projects / 20);
		long total = projectBudgets + 50_000L + 100L * projects;
		long share = total / items;
		line("safeguards {");
		line(IND + "organization \"成立重点工作领导小组，党委书记任组长\"");
		line(IND + "personnel \"各单位指定一名联络员，负责信息报送\"");
		line(IND + "budget " + total + " CNY {");
		for (int i = 0; i < items; i++) {
			long amount = i < items - 1 ? share : total - share * (items - 1);
			line(IND + IND + "item \"" + Vocabulary.AREAS.get(i % Vocabulary.AREAS.size()) + "专项经费（"
					+ (i + 1) + "）\" " + amount);
		}
		line(IND + "}");
		line(IND + "materials \"比武器材、培训场地由人力资源部统一调配\"");
		line("}");
	}

	private void outcomes() {
		for (int g = 1; g <= goals(projects); g++) {
			line("outcome R" + g + " \"目标" + g + "指标达到年度目标值\" for G" + g + " verified by \"年度专业考核结果\"");
		}
	}

	private void approval() {
		line("approval {");
		line(IND + "round 1 on 2026-12-10 by \"公司党委会\" decision revise \"补充经费明细\"");
		line(IND + "round 2 on 2026-12-24 by \"公司党委会\" decision approved");
		line("}");
	}

	private void results() {
		line("results {");
		for (int g = 1; g <= Math.min(goals(projects), 10); g++) {
			line(IND + "actual G" + g + " " + (60 + random.nextInt(20)) + " %");
		}
		line(IND + "actual K1 " + (80 + random.nextInt(15)) + " %");
		line("}");
	}
}
