package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.common.collect.Lists;
import com.google.inject.Inject;

import plan.dsl.parser.BraceRecoveringPlanParser;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/**
 * {@link BraceRecoveringPlanParser}: a syntax error inside a block stays in that block; what follows it still
 * parses, and ANTLR's own recovery still applies where the block's closing brace is missing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class SyntaxErrorRecoveryTest {

	private static final String PLAN = """
			plan T "t" {
			    kind project
			    team { person Ada "Chair" role leader }
			    project A1 "a" {
			        type service
			        HALF
			        owner Ada
			        deliverable "d"
			    }
			    project A2 "b" {
			        owner Ada
			    }
			    status draft
			}
			""";

	@Inject
	private ParseHelper<Plan> parser;

	@Test
	void aHalfTypedKeywordInAProjectLeavesTheRestOfThePlanParsed() throws Exception {
		Plan plan = parser.parse(PLAN.replace("HALF", "ow"));
		List<INode> errors = Lists.newArrayList(((XtextResource) plan.eResource()).getParseResult().getSyntaxErrors());
		assertEquals(1, errors.size(), errors::toString);
		assertEquals("ow", errors.get(0).getText().strip());
		assertEquals(List.of("A1", "A2"), plan.getProjects().stream().map(Project::getName).toList());
		assertEquals("service", plan.getProjects().get(0).getType());
		assertEquals("Ada", plan.getProjects().get(1).getOwner().getName());
		assertEquals("draft", plan.getStatus().getLiteral());
	}

	@Test
	void aForgottenClosingBraceEndsTheProjectAtTheNextSection() throws Exception {
		Plan plan = parser.parse(PLAN.replace("HALF", "").replace("        deliverable \"d\"\n    }\n", "        deliverable \"d\"\n"));
		assertEquals(List.of("A1", "A2"), plan.getProjects().stream().map(Project::getName).toList());
		assertEquals("d", plan.getProjects().get(0).getDeliverable());
		assertTrue(((XtextResource) plan.eResource()).getParseResult().hasSyntaxErrors());
	}

	@Test
	void aTokenThatMayFollowTheBlockStopsTheSkipping() throws Exception {
		Plan plan = parser.parse(PLAN.replace("HALF", "ow\n        status planned"));
		assertTrue(((XtextResource) plan.eResource()).getParseResult().hasSyntaxErrors());
		assertEquals("A1", plan.getProjects().get(0).getName());
	}
}
