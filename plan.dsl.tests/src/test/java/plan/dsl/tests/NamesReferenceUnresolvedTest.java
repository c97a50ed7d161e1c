package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

import plan.dsl.plan.Plan;
import plan.dsl.validation.PlanIssueCodes;

/** reference.unresolved: a stable code, always an error, and a message naming the missing element's kind. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class NamesReferenceUnresolvedTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private ValidationTestHelper validator;

	@Inject
	private IResourceValidator resourceValidator;

	private static final String PLAN = """
			plan T "t" {
			    kind project
			    status draft
			    background { challenge C1 "投诉偏多" }
			    team { person 李娜 "主任" role leader unit 宣传组 "宣传" lead 李娜 }
			    phase P1 "实施" from 2026-01-01 to 2026-12-31
			    criteria { criterion K1 "k" weight 100 % qualitative "群众评议满意度达到九成以上" }
			    goal G1 "g" { owner 李娜 addresses C1 measure "m" by K1 }
			    project A1 "p" { owner 宣传组 during P1 supports G1 }
			    project A2 "q" { after A1 }
			    outcome R1 "r" for G1 verified by "v"
			    results { actual K1 90 }
			}
			""";

	@Test
	void everyResolvedReferenceIsSilent() throws Exception {
		assertEquals(List.of(), SmartTestSupport.withCode(validator.validate(parser.parse(PLAN)),
				PlanIssueCodes.REFERENCE_UNRESOLVED));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			addresses C1      | addresses C2      | 找不到背景条目“C2”：请在 background 中声明 challenge C2 "…"
			owner 李娜 addresses | owner 王五 addresses | 找不到成员或小组“王五”：请在 team 中声明 person 王五 "职务" 或 unit 王五 "名称"
			lead 李娜         | lead 张三         | 找不到成员“张三”：请在 team 中声明 person 张三 "职务"
			during P1         | during P9         | 找不到阶段“P9”：请声明 phase P9 "…" from … to …
			after A1          | after A7          | 找不到项目“A7”：请声明 project A7 "…"
			by K1             | by K9             | 找不到评选指标“K9”：请在 criteria 中声明 criterion K9 "…" weight … %
			for G1            | for G5            | 找不到目标“G5”：请声明 goal G5 "…"，或改用已有目标的名称
			actual K1         | actual X1         | 找不到评选指标或目标“X1”：请声明 criterion X1 或 goal X1
			""")
	void unknownNameIsAnErrorNamingItsKind(String written, String broken, String message) throws Exception {
		String text = PLAN.replace(written, broken);
		Issue issue = SmartTestSupport.single(validator.validate(parser.parse(text)), PlanIssueCodes.REFERENCE_UNRESOLVED);
		assertEquals(Severity.ERROR, issue.getSeverity(), "even in draft");
		assertEquals(message, issue.getMessage());
		String name = broken.split(" ")[1];
		assertEquals(SmartTestSupport.line(text, broken), issue.getLineNumber());
		assertEquals(text.indexOf(broken) + broken.indexOf(name), issue.getOffset().intValue());
		assertEquals(List.of(name), List.of(issue.getData()));
	}

	@Test
	void englishPlanGetsAnEnglishMessage() throws Exception {
		String text = PLAN.replace("kind project", "kind project language en").replace("addresses C1", "addresses C2");
		assertEquals("No background item named C2: declare it in background, e.g. challenge C2 \"…\"",
				SmartTestSupport.single(validator.validate(parser.parse(text)), PlanIssueCodes.REFERENCE_UNRESOLVED)
						.getMessage());
	}

	@Test
	void codeArrivesThroughTheResourceValidator() throws Exception {
		Plan plan = parser.parse(PLAN.replace("supports G1", "supports G4"));
		List<Issue> issues = resourceValidator.validate((XtextResource) plan.eResource(), CheckMode.ALL,
				CancelIndicator.NullImpl);
		Issue issue = SmartTestSupport.single(issues, PlanIssueCodes.REFERENCE_UNRESOLVED);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(9, issue.getLineNumber());
		assertEquals("找不到目标“G4”：请声明 goal G4 \"…\"，或改用已有目标的名称", issue.getMessage());
	}
}
