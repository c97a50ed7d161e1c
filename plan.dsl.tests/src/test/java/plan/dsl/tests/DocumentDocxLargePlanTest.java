package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import plan.dsl.benchmarks.SyntheticPlans;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Project;

/**
 * DOCX tables grow by appending rows (POI's own table building counts every row on every row, quadratic):
 * a 1,000-project plan's project list has every project, in order, one per row, and the document stays
 * valid WordprocessingML.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DocumentDocxLargePlanTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider facts;

	@TempDir
	Path dir;

	@Test
	void projectTableHasEveryProjectInOrder() throws Exception {
		Plan plan = parser.parse(SyntheticPlans.generate(1000));
		Path file = PlanOutputs.byFormat("docx").orElseThrow().write(facts.get(plan), OutputFolder.open(dir)).get(0);
		try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
			XWPFTable projects = docx.getTables().stream().max(Comparator.comparingInt(XWPFTable::getNumberOfRows))
					.orElseThrow();
			assertEquals(1 + plan.getProjects().size(), projects.getNumberOfRows(), "header and one row per project");
			for (int i = 0; i < plan.getProjects().size(); i++) {
				Project project = plan.getProjects().get(i);
				String cell = projects.getRow(i + 1).getCell(0).getText();
				assertTrue(cell.startsWith(project.getTitle()), i + ": " + cell);
				assertEquals(project.getDeliverable(), projects.getRow(i + 1).getCell(5).getText());
			}
			List<XmlError> errors = new ArrayList<>();
			assertTrue(docx.getDocument().validate(new XmlOptions().setErrorListener(errors)), errors::toString);
		}
	}
}
