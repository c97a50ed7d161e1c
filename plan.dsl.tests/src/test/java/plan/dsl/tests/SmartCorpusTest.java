package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** The acceptance corpus, for the rules of this area: exact results on the complete plans, expectations on the broken one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class SmartCorpusTest {

	/** The codes this area reports; the broken plan's other expectations belong to other areas. */
	private static final Set<String> OWN_CODES = Set.of(PlanIssueCodes.MISSING_SECTION,
			PlanIssueCodes.GOAL_WITHOUT_OUTCOME, PlanIssueCodes.SMART_SPECIFIC, PlanIssueCodes.SMART_MEASURABLE,
			PlanIssueCodes.SMART_ACHIEVABLE, PlanIssueCodes.SMART_RELEVANT, PlanIssueCodes.SMART_TIME_BOUND,
			PlanIssueCodes.NAME_DUPLICATE, PlanIssueCodes.SETTING_DUPLICATE, PlanIssueCodes.REFERENCE_UNRESOLVED,
			PlanIssueCodes.ANNUAL_FEATURED_COUNT, PlanIssueCodes.ANNUAL_NO_INTEGRATION,
			PlanIssueCodes.ANNUAL_NO_INDIVIDUAL_GOAL, PlanIssueCodes.ANNUAL_PROJECT_INCOMPLETE);

	private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.*)$");

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private ValidationTestHelper validator;

	private List<Issue> validate(String file) throws Exception {
		return validator.validate(parser.parse(SmartTestSupport.corpus(file)));
	}

	@Test
	void completeActivityPlanHasNoDiagnostics() throws Exception {
		assertEquals(List.of(), validate("cxzy-2026.plan"));
	}

	@Test
	void completeAnnualPlanWithChineseKeywordsHasNoDiagnostics() throws Exception {
		assertEquals(List.of(), validate("dangjian-2027.plan"));
	}

	@Test
	void volunteerWeekHasExactlyOneRelevantWarningOnGoalReach() throws Exception {
		List<Issue> issues = validate("volunteer-week.plan");
		assertEquals(List.of("11 warning smart.relevant"), issues.stream().map(SmartTestSupport::describe).toList());
		assertTrue(issues.get(0).getMessage().startsWith("Goal Reach \"Recruit volunteers from every branch\""),
				issues.get(0).getMessage());
	}

	@Test
	void brokenActivityPlanReportsEveryExpectationOfThisAreaOnItsLine() throws Exception {
		String text = SmartTestSupport.corpus("invalid/broken-activity.plan");
		Set<String> expected = new TreeSet<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher m = EXPECT.matcher(lines[i]);
			if (m.find()) {
				for (String entry : m.group(1).split(",")) {
					String[] parts = entry.trim().split("\\s+");
					if (OWN_CODES.contains(parts[1])) {
						expected.add((i + 1) + " " + parts[0] + " " + parts[1]);
					}
				}
			}
		}
		Set<String> actual = new TreeSet<>(validator.validate(parser.parse(text)).stream()
				.filter(issue -> OWN_CODES.contains(issue.getCode())).map(SmartTestSupport::describe).toList());
		assertEquals(Set.of("5 error completeness.missing-section", "14 error smart.measurable",
				"14 error smart.time-bound", "16 error smart.specific", "21 error completeness.goal-without-outcome",
				"26 error reference.unresolved", "27 error smart.time-bound", "33 error name.duplicate"), expected,
				"the corpus's expectations of this area");
		assertTrue(actual.containsAll(expected), "missing: " + difference(expected, actual) + " in " + actual);
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> d = new TreeSet<>(a);
		d.removeAll(b);
		return d;
	}
}
