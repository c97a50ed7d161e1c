package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.validation.PlanIssueCodes;

/**
 * {@code criteria.weights-sum}: weights rewritten to add up to 100 %. Depends on the validator reporting on the
 * criteria block (any range inside it works).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class QuickFixWeightsTest {

	@Inject
	private Injector injector;

	private QuickFixHarness harness;

	@BeforeEach
	void setUp() {
		harness = new QuickFixHarness(injector);
	}

	private List<CodeAction> actions(String text, String marker) {
		return harness.codeActions(text,
				QuickFixHarness.toDiagnostic(QuickFixHarness.issue(text, PlanIssueCodes.CRITERIA_WEIGHTS_SUM, marker)));
	}

	private String fix(String text, String marker) {
		return harness.fix(text, QuickFixHarness.issue(text, PlanIssueCodes.CRITERIA_WEIGHTS_SUM, marker));
	}

	private void assertSumFixed(String fixed) {
		harness.assertParsesAndLinks(fixed);
		assertFalse(harness.codes(fixed).contains(PlanIssueCodes.CRITERIA_WEIGHTS_SUM), () -> harness.validate(fixed).toString());
	}

	@Test
	void fiftyAndThirtyBecomeSixtyThreeAndThirtySeven() {
		String text = """
				plan Broken "有缺陷的活动方案" {
				    criteria {
				        criterion K1 "投诉下降" weight 50 % quantitative target >= 30 %
				        criterion K2 "事迹" weight 30% qualitative "事迹真实可查，群众认可度高"
				        cycle quarterly
				    }
				}
				""";
		String fixed = fix(text, "criteria");
		assertEquals(text.replace("weight 50 %", "weight 63 %").replace("weight 30%", "weight 37%"), fixed);
		assertSumFixed(fixed);
		assertEquals("按比例调整权重，使合计为 100%：K1 63%、K2 37%", actions(text, "criteria").get(0).getTitle());
	}

	/** Runs once CriteriaValidator reports the code: its issue, on the criteria block, gets this fix. */
	@Test
	void theValidatorsOwnDiagnosticGetsTheFix() {
		String text = "plan P \"t\" {\n    criteria {\n        criterion K1 \"a\" weight 50 % qualitative \"方案中写明的评选细则一\"\n"
				+ "        criterion K2 \"b\" weight 30 % qualitative \"方案中写明的评选细则二\"\n    }\n}\n";
		List<org.eclipse.xtext.validation.Issue> issues = harness.reported(text, PlanIssueCodes.CRITERIA_WEIGHTS_SUM);
		assertEquals(1, issues.size());
		String fixed = harness.fix(text, issues.get(0));
		assertEquals(text.replace("50 %", "63 %").replace("30 %", "37 %"), fixed);
		assertSumFixed(fixed);
	}

	@Test
	void chineseKeywordsAndDecimals() {
		String text = """
				方案 P "t" {
				    语言 en
				    评选 {
				        指标 K1 "Method" 权重 33.3 % 定量 目标值 >= 3 分
				        指标 K2 "Poster" 权重 33.3 % 定性 "Clear question, method and result"
				        指标 K3 "Talk" 权重 33.3 % 定性 "Answers questions from the judges"
				    }
				}
				""";
		String fixed = fix(text, "评选");
		assertEquals(text.replace("权重 33.3 % 定量", "权重 34 % 定量").replace("权重 33.3 %", "权重 33 %"), fixed);
		assertSumFixed(fixed);
		assertEquals("Rebalance the weights to a total of 100 %: K1 34 %, K2 33 %, K3 33 %",
				actions(text, "评选").get(0).getTitle());
	}

	@Test
	void onlyChangedWeightsAreEdited() {
		String text = """
				plan P "t" {
				    criteria {
				        criterion K1 "a" weight 0 % qualitative "aaa"
				        criterion K2 "b" weight 100 % qualitative "bbb"
				        criterion K3 "c" weight 25 % qualitative "ccc"
				    }
				}
				""";
		List<CodeAction> actions = actions(text, "criteria");
		assertEquals(2, actions.get(0).getEdit().getChanges().values().iterator().next().size());
		assertEquals(text.replace("100 %", "80 %").replace("25 %", "20 %"), QuickFixHarness.apply(text, actions.get(0)));
	}

	@Test
	void allZeroWeightsAreSplitEvenly() {
		String text = "plan P \"t\" {\n    criteria {\n        criterion K1 \"a\" weight 0 % qualitative \"aaa\"\n"
				+ "        criterion K2 \"b\" weight 0 % qualitative \"bbb\"\n    }\n}\n";
		assertEquals(text.replace("weight 0 %", "weight 50 %"), fix(text, "criteria"));
	}

	@Test
	void noFixWhenTheWeightsAlreadyAddUpOrThereAreNone() {
		String fine = "plan P \"t\" {\n    criteria {\n        criterion K1 \"a\" weight 100 % qualitative \"aaa\"\n    }\n}\n";
		assertEquals(List.of(), actions(fine, "criteria"));
		String empty = "plan P \"t\" {\n    criteria {\n        cycle once\n    }\n}\n";
		assertEquals(List.of(), actions(empty, "criteria"));
	}
}
