package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/** name.duplicate and setting.duplicate: always errors, on the later occurrence. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class NamesValidatorTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private ValidationTestHelper validator;

	private List<Issue> issues(String text, String code) throws Exception {
		return SmartTestSupport.withCode(validator.validate(parser.parse(text)), code);
	}

	private static String plan(String body) {
		return "plan T \"t\" {\n    kind project\n    status draft\n" + body + "\n}\n";
	}

	@Test
	void secondPersonWithTheSameNameIsAnErrorOnItsLine() throws Exception {
		String text = plan("""
				    team {
				        person 李娜 "主任" role leader
				        person 王强 "副主任"
				        person 李娜 "重复"
				    }""");
		List<Issue> found = issues(text, PlanIssueCodes.NAME_DUPLICATE);
		assertEquals(1, found.size(), found.toString());
		Issue issue = found.get(0);
		assertEquals(Severity.ERROR, issue.getSeverity(), "even in draft");
		assertEquals(SmartTestSupport.line(text, "\"重复\""), issue.getLineNumber());
		assertEquals("第5行已有名为“李娜”的成员：同类元素不能重名，请改用其他名称", issue.getMessage());
	}

	@Test
	void distinctNamesAndSameNameOfAnotherKindAreFine() throws Exception {
		String text = plan("""
				    background { challenge G1 "同名不同类" }
				    team { person 李娜 "主任" role leader person 王强 "副主任" }
				    goal G1 "目标" { }
				    project 李娜 "以人名命名的项目" { }""");
		assertEquals(List.of(), issues(text, PlanIssueCodes.NAME_DUPLICATE));
	}

	@Test
	void personAndUnitShareOneNamespace() throws Exception {
		String text = plan("    team { person 宣传组 \"干事\" unit 宣传组 \"宣传报道组\" }");
		Issue issue = SmartTestSupport.single(validator.validate(parser.parse(text)), PlanIssueCodes.NAME_DUPLICATE);
		assertTrue(issue.getMessage().contains("的成员"), issue.getMessage());
	}

	@Test
	void duplicateGoalsProjectsAndMilestonesAcrossPhases() throws Exception {
		String text = plan("""
				    goal G1 "a" { }
				    goal G1 "b" { }
				    project A1 "a" { }
				    project A1 "b" { }
				    phase P1 "一" from 2026-01-01 to 2026-06-30 { milestone M1 "m" on 2026-02-01 }
				    phase P2 "二" from 2026-07-01 to 2026-12-31 { milestone M1 "m" on 2026-08-01 }""");
		List<Issue> found = issues(text, PlanIssueCodes.NAME_DUPLICATE).stream()
				.sorted(Comparator.comparing(Issue::getLineNumber)).toList();
		assertEquals(List.of(SmartTestSupport.line(text, "\"b\" { }"), SmartTestSupport.lastLine(text, "project A1"),
				SmartTestSupport.line(text, "phase P2")), found.stream().map(Issue::getLineNumber).toList());
		assertEquals(List.of("G1", "A1", "M1"), found.stream().map(i -> i.getData()[0]).toList());
	}

	@Test
	void englishPlanNamesTheKindInEnglish() throws Exception {
		String text = plan("    language en\n    goal G1 \"a\" { }\n    goal G1 \"b\" { }");
		assertEquals("Line 5 already declares a goal named G1: names of one kind must be unique, rename this one",
				SmartTestSupport.single(validator.validate(parser.parse(text)), PlanIssueCodes.NAME_DUPLICATE).getMessage());
	}

	@Test
	void settingWrittenTwiceIsReportedFromItsKeyword() throws Exception {
		String text = plan("    kind annual");
		Issue issue = SmartTestSupport.single(validator.validate(parser.parse(text)), PlanIssueCodes.SETTING_DUPLICATE);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(4, issue.getLineNumber());
		assertEquals(text.indexOf("kind annual"), issue.getOffset().intValue());
		assertEquals("kind annual".length(), issue.getLength().intValue());
		assertEquals("“kind”只能写一次，第2行已经写过：请删除或合并其中一处", issue.getMessage());
	}

	@Test
	void chineseKeywordIsQuotedAsWritten() throws Exception {
		String text = "方案 T \"t\" {\n    类型 project\n    主题 \"一\"\n    主题 \"二\"\n}\n";
		Issue issue = SmartTestSupport.single(validator.validate(parser.parse(text)), PlanIssueCodes.SETTING_DUPLICATE);
		assertEquals(4, issue.getLineNumber());
		assertTrue(issue.getMessage().startsWith("“主题”只能写一次，第3行"), issue.getMessage());
	}

	@Test
	void onceOnlySectionWrittenTwice() throws Exception {
		String text = plan("    team { person 李娜 \"主任\" role leader }\n    criteria { }\n    team { person 王强 \"副主任\" }");
		Issue issue = SmartTestSupport.single(validator.validate(parser.parse(text)), PlanIssueCodes.SETTING_DUPLICATE);
		assertEquals(6, issue.getLineNumber());
		assertEquals(text.lastIndexOf("team"), issue.getOffset().intValue());
		assertEquals(List.of("team"), List.of(issue.getData()));
	}

	@Test
	void goalAndProjectFieldsWrittenTwice() throws Exception {
		String text = plan("""
				    team { person 李娜 "主任" role leader person 王强 "副主任" }
				    goal G1 "g" {
				        due 2026-05-01
				        owner 李娜
				        due 2026-06-01
				    }
				    project A1 "p" {
				        owner 李娜
				        owner 王强
				        status active
				    }""");
		List<Issue> found = issues(text, PlanIssueCodes.SETTING_DUPLICATE);
		assertEquals(List.of(SmartTestSupport.line(text, "due 2026-06-01"), SmartTestSupport.line(text, "owner 王强")),
				found.stream().map(Issue::getLineNumber).toList());
	}

	@Test
	void eachSettingOnceAndRepeatableSectionsAreFine() throws Exception {
		String text = plan("""
				    period from 2026-01-01 to 2026-12-31
				    theme "t"
				    goal G1 "a" { }
				    goal G2 "b" { }
				    project A1 "p" { supports G1 supports G2 after A2 after A2 }
				    project A2 "q" { }
				    outcome R1 "r" for G1 verified by "v"
				    outcome R2 "r" for G2 verified by "v\"""");
		assertEquals(List.of(), issues(text, PlanIssueCodes.SETTING_DUPLICATE));
	}
}
