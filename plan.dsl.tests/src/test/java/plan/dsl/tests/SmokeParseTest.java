package plan.dsl.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.plan.Plan;

@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class SmokeParseTest {
	@Inject
	ParseHelper<Plan> parseHelper;

	@Test
	void parsesSharedCorpus() throws Exception {
		for (String f : new String[] { "cxzy-2026.plan", "dangjian-2027.plan", "volunteer-week.plan", "invalid/broken-activity.plan" }) {
			Plan plan = parseHelper.parse(Files.readString(Path.of("/work/shared/spec/examples/" + f)));
			System.out.println(f + " errors: " + plan.eResource().getErrors());
			System.out.println(f + " projects: " + plan.getProjects().size() + " period " + (plan.getPeriod() == null ? null : plan.getPeriod().getFrom()));
		}
	}
}
