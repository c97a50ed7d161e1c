package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import plan.dsl.validation.PlanIssueCodes;

/**
 * {@code reference.unresolved} on a person's or unit's name: the name is declared in the team. The issue's
 * range must be the unresolved name (as linking reports it); the re-validation here runs real linking.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class QuickFixDeclarePersonTest {

	@Inject
	private Injector injector;

	private QuickFixHarness harness;

	@BeforeEach
	void setUp() {
		harness = new QuickFixHarness(injector);
	}

	private static Issue unresolved(String text, String name) {
		return QuickFixHarness.issue(text, PlanIssueCodes.REFERENCE_UNRESOLVED, name);
	}

	private void assertResolved(String text, String fixed) {
		assertTrue(harness.codes(text).contains(PlanIssueCodes.REFERENCE_UNRESOLVED), "the name was unresolved");
		harness.assertParsesAndLinks(fixed);
		assertFalse(harness.codes(fixed).contains(PlanIssueCodes.REFERENCE_UNRESOLVED));
	}

	@Test
	void joinsTheExistingTeam() {
		String text = """
				plan P "Volunteer week" {
				    language en
				    goal Reach "Recruit volunteers" {
				        owner Maya
				    }
				    team {
				        person Tom "Branch liaison" role member
				    }
				}
				""";
		String fixed = harness.fix(text, unresolved(text, "Maya"));
		assertEquals(text.replace("role member\n    }", "role member\n        person Maya \"(position)\" role member\n    }"),
				fixed);
		assertResolved(text, fixed);
		assertEquals("Declare Maya as a team member",
				harness.codeActions(text, QuickFixHarness.toDiagnostic(unresolved(text, "Maya"))).get(0).getTitle());
	}

	@Test
	void createsTheTeamInChinese() {
		String text = """
				方案 P "服务提升" {
				    目标 G1 "降低客户投诉率" {
				        负责人 李娜
				    }
				}
				""";
		String fixed = harness.fix(text, unresolved(text, "李娜"));
		assertEquals("""
				方案 P "服务提升" {
				    目标 G1 "降低客户投诉率" {
				        负责人 李娜
				    }

				    团队 {
				        成员 李娜 "（职务）" 角色 组员
				    }
				}
				""", fixed);
		assertResolved(text, fixed);
	}

	@Test
	void worksForEveryPlaceThatNamesAPersonOrUnit() {
		String text = """
				plan P "t" {
				    period from 2026-01-01 to 2026-12-31
				    phase P1 "Start" from 2026-01-01 to 2026-03-31
				    team {
				        unit Press "Press team" lead Zoe
				    }
				    publicity {
				        stage "Launch" during P1 via intranet owner Zoe "Announce the plan"
				    }
				}
				""";
		String fixed = harness.fix(text, unresolved(text, "Zoe"));
		assertTrue(fixed.contains("lead Zoe\n        person Zoe \"（职务）\" role member\n    }"), fixed);
		assertResolved(text, fixed);
	}

	/** The fix also takes the diagnostic exactly as linking produces it today. */
	@Test
	void takesTheLinkingDiagnosticAsIs() {
		String text = "plan P \"t\" {\n    goal G1 \"x\" {\n        owner Maya\n    }\n    team {\n    }\n}\n";
		Issue linking = harness.validate(text).stream().filter(i -> i.getOffset() == text.indexOf("Maya")).findFirst()
				.orElseThrow();
		assertEquals(text.replace("    team {\n", "    team {\n        person Maya \"（职务）\" role member\n"),
				harness.fix(text, linking));
	}

	@Test
	void noFixForNamesThatAreNotPeople() {
		String text = """
				plan P "t" {
				    goal G1 "x" {
				        addresses C2
				    }
				}
				""";
		assertEquals(List.of(), harness.codeActions(text, QuickFixHarness.toDiagnostic(unresolved(text, "C2"))));
	}
}
