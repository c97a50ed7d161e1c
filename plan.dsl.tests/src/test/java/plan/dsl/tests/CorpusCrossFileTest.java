package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import plan.dsl.plan.Goal;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/**
 * References across the files of one workspace: a plan names another plan's goal as {@code Plan.Goal};
 * an unqualified name means the plan's own element, and a misspelt one resolves to nothing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CorpusCrossFileTest {

	private static final String PLAN_A = """
			plan A "公司年度工作计划" {
			    kind project
			    period from 2026-01-01 to 2026-12-31
			    goal G1 "客户投诉率降至3%以下" {
			        specific "在全部12个供电所推行服务标准化"
			    }
			}
			""";

	// line numbers below matter: the misspelt reference is on line 10
	private static final String PLAN_B = """
			plan B "营销部年度工作计划" {
			    kind project
			    period from 2026-01-01 to 2026-12-31
			    goal G1 "营销系统按期升级" {
			        specific "年底前完成营销系统升级并通过验收"
			    }
			    project Own "营销系统升级" { supports G1 }
			    project Upward "服务标准化试点" { supports A.G1 }
			    project Typo "投诉回访" {
			        supports A.g1
			    }
			}
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private Plan a;
	private Plan b;

	@BeforeEach
	void loadBothIntoOneResourceSet() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		a = load(resourceSet, "a.plan", PLAN_A);
		b = load(resourceSet, "b.plan", PLAN_B);
		EcoreUtil.resolveAll(resourceSet);
	}

	@Test
	void qualifiedNameResolvesToTheOtherPlansGoal() {
		Goal goal = project("Upward").getSupports().get(0);
		assertFalse(goal.eIsProxy(), "A.G1 must resolve");
		assertSame(a.getGoals().get(0), goal);
	}

	@Test
	void unqualifiedNameMeansThePlansOwnGoal() {
		assertSame(b.getGoals().get(0), project("Own").getSupports().get(0));
	}

	@Test
	void misspeltQualifiedNameDoesNotResolve() {
		assertTrue(project("Typo").getSupports().get(0).eIsProxy(), "A.g1 names no goal: names are case-sensitive");
		List<Issue> errorsOnLine = validator.validate(b.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR && issue.getLineNumber() == 10).toList();
		assertTrue(errorsOnLine.stream().anyMatch(issue -> issue.getMessage().contains("A.g1")),
				() -> "an error naming A.g1 on the line of 'supports A.g1', got " + errorsOnLine);
	}

	@Test
	void nothingElseIsUnresolved() {
		assertEquals(List.of(), a.eResource().getErrors());
		assertEquals(1, b.eResource().getErrors().size(), () -> "only A.g1: " + b.eResource().getErrors());
	}

	private Project project(String name) {
		return b.getProjects().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Plan load(XtextResourceSet resourceSet, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return (Plan) resource.getContents().get(0);
	}
}
