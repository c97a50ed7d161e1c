package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.plan.Plan;

/** The registry of outputs: one per format, and no two outputs of a plan write the same file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class PlanOutputsTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider facts;

	@Test
	void formatsAndFileNamesAreUnique() throws Exception {
		List<String> formats = PlanOutputs.all().stream().map(PlanOutput::format).toList();
		assertEquals(formats.stream().distinct().toList(), formats);
		assertTrue(formats.containsAll(List.of("md", "html", "docx")), formats.toString());
		PlanFacts plan = facts.get(DocumentFixtures.parse(parser, "plan P \"方案\" { kind project }"));
		List<String> names = PlanOutputs.all().stream().map(output -> output.fileName(plan)).toList();
		assertEquals(names.stream().distinct().toList(), names);
		for (String format : formats) {
			assertEquals(format, PlanOutputs.byFormat(format).orElseThrow().format());
		}
		assertTrue(PlanOutputs.byFormat("pdf").isEmpty());
	}
}
