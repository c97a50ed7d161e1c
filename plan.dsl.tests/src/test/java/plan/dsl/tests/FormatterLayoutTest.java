package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import plan.dsl.formatting2.PlanFormatting;
import plan.dsl.plan.Plan;

/**
 * Exact output of the formatter: messy plans in English and in Chinese keywords (through the editor's path,
 * {@code IFormatter2}), and the rules for comments, blank lines, percentages, line endings and broken files
 * (through {@link PlanFormatting}, the command line's path).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class FormatterLayoutTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private TextRegionAccessBuilder regionAccess;

	@Inject
	private PlanFormatting formatting;

	@Test
	void messyEnglishPlanGetsTheCanonicalLayout() throws Exception {
		String messy = """
				plan   Messy "A messy plan"{ kind activity language en
				\torganization "Org"   period from 2026-01-01 to 2026-12-31
				  status draft version "0.1"    asof 2026-02-01


				  background{"para one" challenge C1 "c1"
				      opportunity O1 "o1"


				      task T1 "t1" }
				  goal G1 "Goal one"{level organization specific "do it" measure "rate" from 5.2% to 3.0  % owner Ann addresses C1 , C1 supports  Other . G2,G1 due 2026-11-30}
				  goal G2 "Goal two" {
				  measure "quality" by K3
				  }
				  team { person Ann "Lead" role leader person Bob "Member"
				  unit U1 "Unit one" lead Ann members Ann,Bob
				  responsibility U1 "does things" }
				  research { method survey "poll" sample 100 finding F1 "found" }
				  theme "Theme"


				  slogan "Slogan" audience "Everyone" units U1,U1
				  phase P1 "One" from 2026-01-01 to 2026-03-31 { milestone M1 "m1" on 2026-02-01 milestone M2 "m2" on 2026-03-01 }
				  phase P2 "Two" from 2026-04-01 to 2026-12-31
				  project A1 "Proj" { type contest owner Ann during P1 after A2,A3 deliverable "d" standard "s" supports G1 featured integrates "biz" budget 100 CNY status active }
				  project A2 "Proj2" { from 2026-04-01 to 2026-05-01 }
				  criteria { criterion K1 "k1" weight 40% quantitative target >= 40 % criterion K3 "k3" weight 60   % qualitative "desc"
				  cycle quarterly procedure "a" ,"b",  "c" judges "j" }
				  publicity { stage "s1" during P1 via web , wall owner Ann "content" stage "s2" from 2026-01-01 to 2026-02-01 via web owner U1 "c2" }
				  safeguards { organization "o" personnel "p" budget 100 CNY { item "x" 50 item "y" 50 CNY } materials "m" }
				  outcome R1 "r1" for G1 , G2 verified by "v"
				  outcome R2 "r2" for G2 verified   by "v"
				  approval { round 1 on 2026-01-10 by "board" decision revise "more" round 2 on 2026-01-20 by "board" decision approved }
				  tracking { report monthly to "board" by Ann update on 2026-03-01 A1 progress 45% "note" adjust on 2026-03-02 "shift" }
				  results { actual K1 42 % actual G1 3.1 }
				  }


				""";
		String canonical = """
				plan Messy "A messy plan" {
				    kind activity
				    language en
				    organization "Org"
				    period from 2026-01-01 to 2026-12-31
				    status draft
				    version "0.1"
				    asof 2026-02-01

				    background {
				        "para one"
				        challenge C1 "c1"
				        opportunity O1 "o1"

				        task T1 "t1"
				    }

				    goal G1 "Goal one" {
				        level organization
				        specific "do it"
				        measure "rate" from 5.2 % to 3.0 %
				        owner Ann
				        addresses C1, C1
				        supports Other.G2, G1
				        due 2026-11-30
				    }

				    goal G2 "Goal two" {
				        measure "quality" by K3
				    }

				    team {
				        person Ann "Lead" role leader
				        person Bob "Member"
				        unit U1 "Unit one" lead Ann members Ann, Bob
				        responsibility U1 "does things"
				    }

				    research {
				        method survey "poll" sample 100
				        finding F1 "found"
				    }

				    theme "Theme"
				    slogan "Slogan"
				    audience "Everyone" units U1, U1

				    phase P1 "One" from 2026-01-01 to 2026-03-31 {
				        milestone M1 "m1" on 2026-02-01
				        milestone M2 "m2" on 2026-03-01
				    }
				    phase P2 "Two" from 2026-04-01 to 2026-12-31

				    project A1 "Proj" {
				        type contest
				        owner Ann
				        during P1
				        after A2, A3
				        deliverable "d"
				        standard "s"
				        supports G1
				        featured
				        integrates "biz"
				        budget 100 CNY
				        status active
				    }

				    project A2 "Proj2" {
				        from 2026-04-01 to 2026-05-01
				    }

				    criteria {
				        criterion K1 "k1" weight 40 % quantitative target >= 40 %
				        criterion K3 "k3" weight 60 % qualitative "desc"
				        cycle quarterly
				        procedure "a", "b", "c"
				        judges "j"
				    }

				    publicity {
				        stage "s1" during P1 via web, wall owner Ann "content"
				        stage "s2" from 2026-01-01 to 2026-02-01 via web owner U1 "c2"
				    }

				    safeguards {
				        organization "o"
				        personnel "p"
				        budget 100 CNY {
				            item "x" 50
				            item "y" 50 CNY
				        }
				        materials "m"
				    }

				    outcome R1 "r1" for G1, G2 verified by "v"
				    outcome R2 "r2" for G2 verified by "v"

				    approval {
				        round 1 on 2026-01-10 by "board" decision revise "more"
				        round 2 on 2026-01-20 by "board" decision approved
				    }

				    tracking {
				        report monthly to "board" by Ann
				        update on 2026-03-01 A1 progress 45 % "note"
				        adjust on 2026-03-02 "shift"
				    }

				    results {
				        actual K1 42 %
				        actual G1 3.1
				    }
				}
				""";
		assertFormattedByEditor(messy, canonical);
	}

	@Test
	void messyChinesePlanKeepsItsKeywordsAndGetsTheCanonicalLayout() throws Exception {
		String messy = """
				方案 DJ "党建" {  类型 annual 语言 zh
				周期 自 2027-01-01 至 2027-12-31   状态 running　版本 "1.0"
				背景 { "段落" 挑战 C1 "挑战一" }
				目标 G1 "目标一" { 层级 individual 具体 "具体内容" 衡量 "比例" 自 20 % 至 100% 负责人 刘洋 针对 C1 截止 2027-11-30 }
				团队 { 成员 刘洋 "委员" 角色 coordinator 小组 攻坚组 "突击队" 组长 刘洋 组员 刘洋 , 孙丽 }
				调研 { 方法 survey "问卷" 样本 50 发现 F1 "发现一" }
				主题 "主题" 口号 "口号"
				对象 "全体党员" 范围 攻坚组
				阶段 Q1 "启动" 自 2027-01-01 至 2027-03-31 { 里程碑 M1 "发布会" 于 2027-01-20 }
				项目 P1 "行动" { 形式 practice 负责人 攻坚组 自 2027-02-01 至 2027-12-15 前置 P2 成果形式 "报告" 评估标准 "验收" 支撑 G1 特色 融合 "科研" 经费 500 CNY 状态 active }
				评选 { 指标 K1 "指标一" 权重 100% 定量 目标值 >= 90 % 周期频次 yearly 程序 "申报","评审" 评委 "党委" }
				宣传 { 环节 "启动" 期间 Q1 渠道 内网 , 公众号 负责人 孙丽 "发布方案" }
				保障 { 单位 "党委" 人员 "联络员" 经费 500 CNY { 条目 "资料" 500 } 物资 "会议室" }
				成果 R1 "结题" 对应 G1 检验 "记录"
				审批 { 轮次 1 于 2026-12-28 由 "党委会" 意见 approved }
				跟踪 { 报告 monthly 至 "党委" 由 刘洋 进展 于 2027-06-30 P1 进度 45 % "中期" 调整 于 2027-07-01 "延期" }
				结果 { 实际 K1 92 % }
				}
				""";
		String canonical = """
				方案 DJ "党建" {
				    类型 annual
				    语言 zh
				    周期 自 2027-01-01 至 2027-12-31
				    状态 running
				    版本 "1.0"

				    背景 {
				        "段落"
				        挑战 C1 "挑战一"
				    }

				    目标 G1 "目标一" {
				        层级 individual
				        具体 "具体内容"
				        衡量 "比例" 自 20 % 至 100 %
				        负责人 刘洋
				        针对 C1
				        截止 2027-11-30
				    }

				    团队 {
				        成员 刘洋 "委员" 角色 coordinator
				        小组 攻坚组 "突击队" 组长 刘洋 组员 刘洋, 孙丽
				    }

				    调研 {
				        方法 survey "问卷" 样本 50
				        发现 F1 "发现一"
				    }

				    主题 "主题"
				    口号 "口号"
				    对象 "全体党员" 范围 攻坚组

				    阶段 Q1 "启动" 自 2027-01-01 至 2027-03-31 {
				        里程碑 M1 "发布会" 于 2027-01-20
				    }

				    项目 P1 "行动" {
				        形式 practice
				        负责人 攻坚组
				        自 2027-02-01 至 2027-12-15
				        前置 P2
				        成果形式 "报告"
				        评估标准 "验收"
				        支撑 G1
				        特色
				        融合 "科研"
				        经费 500 CNY
				        状态 active
				    }

				    评选 {
				        指标 K1 "指标一" 权重 100 % 定量 目标值 >= 90 %
				        周期频次 yearly
				        程序 "申报", "评审"
				        评委 "党委"
				    }

				    宣传 {
				        环节 "启动" 期间 Q1 渠道 内网, 公众号 负责人 孙丽 "发布方案"
				    }

				    保障 {
				        单位 "党委"
				        人员 "联络员"
				        经费 500 CNY {
				            条目 "资料" 500
				        }
				        物资 "会议室"
				    }

				    成果 R1 "结题" 对应 G1 检验 "记录"

				    审批 {
				        轮次 1 于 2026-12-28 由 "党委会" 意见 approved
				    }

				    跟踪 {
				        报告 monthly 至 "党委" 由 刘洋
				        进展 于 2027-06-30 P1 进度 45 % "中期"
				        调整 于 2027-07-01 "延期"
				    }

				    结果 {
				        实际 K1 92 %
				    }
				}
				""";
		assertFormattedByEditor(messy, canonical);
	}

	@Test
	void commentsKeepTheirTextAndTheirPlaceRelativeToTheCode() {
		String messy = """
				/* file header
				   block */

				// about the plan
				plan C "comments" {   // after brace, three spaces kept
				// at column 0
				  kind activity // after kind
				  language en\t\t// tabs before a comment become a space

				  // before the goal, blank line above


				  // second paragraph
				  goal G1 "g" { // trailing on a brace
				      level organization
				      measure "m" from 1 /* inline */ to 2
				        // last thing in the goal

				  }
				  outcome R1 "r" for G1 , /* why */ G1 verified by "v"
				  // at the end of the plan body
				}
				// after the plan""";
		String canonical = """
				/* file header
				   block */

				// about the plan
				plan C "comments" {   // after brace, three spaces kept
				    // at column 0
				    kind activity // after kind
				    language en // tabs before a comment become a space

				    // before the goal, blank line above

				    // second paragraph
				    goal G1 "g" { // trailing on a brace
				        level organization
				        measure "m" from 1 /* inline */ to 2
				        // last thing in the goal
				    }

				    outcome R1 "r" for G1, /* why */ G1 verified by "v"
				    // at the end of the plan body
				}
				// after the plan
				""";
		assertEquals(canonical, formatting.format(messy));
	}

	@Test
	void settingsAreGroupedSectionsSeparatedAndOneBlankLineKeptInsideBlocksAndLists() {
		String messy = """
				plan B "b" {
				    kind activity

				    language en
				    goal G1 "g" {
				        level organization


				        due 2026-01-01
				    }
				    goal G2 "h" {
				    }
				    phase P1 "a" from 2026-01-01 to 2026-01-31
				    phase P2 "b" from 2026-02-01 to 2026-02-28


				    phase P3 "c" from 2026-03-01 to 2026-03-31
				    outcome R1 "r" for G1 verified by "v"
				    outcome R2 "r" for G2 verified by "v"
				}
				""";
		String canonical = """
				plan B "b" {
				    kind activity
				    language en

				    goal G1 "g" {
				        level organization

				        due 2026-01-01
				    }

				    goal G2 "h" {
				    }

				    phase P1 "a" from 2026-01-01 to 2026-01-31
				    phase P2 "b" from 2026-02-01 to 2026-02-28

				    phase P3 "c" from 2026-03-01 to 2026-03-31

				    outcome R1 "r" for G1 verified by "v"
				    outcome R2 "r" for G2 verified by "v"
				}
				""";
		assertEquals(canonical, formatting.format(messy));
	}

	@Test
	void percentagesGetOneSpaceBeforeTheSignAndQualifiedNamesNone() {
		String messy = """
				plan P "p" {
				    goal G "g" {
				        supports Other . G1 ,G2
				    }
				    criteria {
				        criterion K1 "k" weight 40% quantitative target >= 40%
				        criterion K2 "k" weight 60
				            % qualitative "d"
				    }
				    tracking {
				        update on 2026-01-01 A progress 45   % "n"
				    }
				}
				""";
		String canonical = """
				plan P "p" {
				    goal G "g" {
				        supports Other.G1, G2
				    }

				    criteria {
				        criterion K1 "k" weight 40 % quantitative target >= 40 %
				        criterion K2 "k" weight 60 % qualitative "d"
				    }

				    tracking {
				        update on 2026-01-01 A progress 45 % "n"
				    }
				}
				""";
		assertEquals(canonical, formatting.format(messy));
	}

	@Test
	void fullWidthListSeparatorsAreKeptAndCarryNoSpaceOnEitherSide() {
		String messy = """
				方案 P "p" { 团队 {
				    小组 U "u" 组员 张伟 ， 李娜 、王芳,赵强 }
				}
				""";
		String canonical = """
				方案 P "p" {
				    团队 {
				        小组 U "u" 组员 张伟，李娜、王芳, 赵强
				    }
				}
				""";
		assertEquals(canonical, formatting.format(messy));
	}

	@Test
	void windowsLineBreaksStayWindowsLineBreaks() {
		String messy = "plan W \"w\" {\r\n  kind activity\r\n  // note\r\n  goal G \"g\" { level organization }\r\n}";
		String canonical = "plan W \"w\" {\r\n    kind activity\r\n\r\n    // note\r\n    goal G \"g\" {\r\n"
				+ "        level organization\r\n    }\r\n}\r\n";
		assertEquals(canonical, formatting.format(messy));
	}

	@Test
	void byteOrderMarksAndIdeographicSpacesInsideALineAreWhitespaceLikeAnyOther() throws Exception {
		// a byte order mark inside the text was taken for a comment and gained a space on each side at every run
		String messy = "plan B \"b\" {\n    kind \uFEFF activity\n  \u3000 language\uFEFFzh\n}\n";
		String canonical = "plan B \"b\" {\n    kind activity\n    language zh\n}\n";
		assertFormattedByEditor(messy, canonical);
		assertEquals(canonical, formatting.format(canonical));
	}

	@Test
	void halfTypedFileIsLeftAsWrittenInsteadOfFailing() throws Exception {
		String halfTyped = """
				plan Half "half typed" {
				    kind activity
				    goal G1 "x" {
				        level
				        owner\s
				    project A1 "p" { owner Ann from 2026-
				    criteria { criterion K1 "k" weight 40 quantitative
				""";
		assertEquals(halfTyped, formatting.format(halfTyped));
		assertEquals(halfTyped, formatInEditor(halfTyped));
	}

	@Test
	void sectionWrittenTwiceIsLeftAsWrittenSinceTheModelLostTheFirst() {
		String twice = "plan D \"d\" { background { \"a\" } background { \"b\" } }";
		assertEquals(twice, formatting.format(twice));
	}

	@Test
	void textWithoutAPlanIsLeftAsWritten() {
		assertEquals("", formatting.format(""));
		assertEquals("  \n", formatting.format("  \n"));
		assertEquals("// only a comment", formatting.format("// only a comment"));
	}

	private void assertFormattedByEditor(String messy, String canonical) throws Exception {
		assertEquals(canonical, formatInEditor(messy));
		assertEquals(canonical, formatting.format(messy), "the command line's path gives the same text");
	}

	/** What an editor's format command does: the bound IFormatter2 on the parsed document, whatever its errors. */
	private String formatInEditor(String text) throws Exception {
		ITextRegionAccess regions = regionAccess.forNodeModel((XtextResource) parser.parse(text).eResource()).create();
		FormatterRequest request = new FormatterRequest().setTextRegionAccess(regions)
				.setExceptionHandler(ExceptionAcceptor.THROWING);
		List<ITextReplacement> replacements = formatter.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
