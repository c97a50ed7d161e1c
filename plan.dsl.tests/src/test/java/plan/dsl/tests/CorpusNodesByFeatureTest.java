package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.benchmarks.SyntheticPlans;
import plan.dsl.plan.Plan;
import plan.dsl.validation.NodesByFeature;

/**
 * {@link NodesByFeature} finds, for every element of every corpus plan (with and without syntax errors) and
 * every feature, the same nodes in the same order as {@code NodeModelUtils.findNodesForFeature}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CorpusNodesByFeatureTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Test
	void sameNodesAsFindNodesForFeature() throws Exception {
		List<String> texts = new ArrayList<>();
		for (Path root : List.of(CorpusFiles.bundledExamples(), CorpusFiles.sharedExamples())) {
			if (Files.isDirectory(root)) {
				for (Path folder : CorpusFiles.foldersWithPlans(root)) {
					for (Path plan : CorpusFiles.plansIn(folder)) {
						texts.add(Files.readString(plan, StandardCharsets.UTF_8));
					}
				}
			}
		}
		texts.add(SyntheticPlans.generate(30));
		int compared = 0;
		for (String text : List.copyOf(texts)) {
			for (int cut = 1; cut < 4; cut++) {
				// the same plan with a line cut short somewhere: partial elements, skipped tokens
				int at = text.length() * cut / 4;
				int lineEnd = text.indexOf('\n', at);
				texts.add(text.substring(0, at) + (lineEnd < 0 ? "" : text.substring(lineEnd)));
			}
		}
		for (String text : texts) {
			Plan plan = parser.parse(text);
			List<EObject> elements = new ArrayList<>(List.of(plan));
			for (TreeIterator<EObject> all = EcoreUtil.getAllContents(plan, false); all.hasNext();) {
				elements.add(all.next());
			}
			for (EObject element : elements) {
				NodesByFeature nodes = NodesByFeature.of(element);
				for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
					assertEquals(NodeModelUtils.findNodesForFeature(element, feature), nodes.get(feature),
							element.eClass().getName() + "." + feature.getName());
					compared++;
				}
			}
		}
		assertTrue(compared > 10_000, compared + " comparisons");
	}
}
