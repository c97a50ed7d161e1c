package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.data.CsvExport;
import plan.dsl.plan.Project;

/** {@code <Name>.csv}: parsed back with Commons CSV, one row per project with the expected cells. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DataCsvExportTest {

	@Inject
	DataPlans plans;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@TempDir
	Path dir;

	static Stream<Path> corpus() {
		return DataPlans.corpus().stream();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void parsedBackThereIsOneRowPerProjectWithItsEffectiveDates(Path file) throws Exception {
		PlanFacts facts = plans.facts(file);
		Parsed csv = parse(write(facts));
		assertEquals(CsvExport.HEADER, csv.header());
		List<Project> projects = facts.plan().getProjects();
		assertEquals(projects.size(), csv.rows().size());
		for (int i = 0; i < projects.size(); i++) {
			Project project = projects.get(i);
			List<String> row = csv.rows().get(i);
			assertEquals(project.getName(), row.get(0));
			assertEquals(project.getTitle(), row.get(1));
			assertEquals(facts.schedule().start(project).toString(), row.get(4));
			assertEquals(facts.schedule().end(project).toString(), row.get(5));
			assertEquals(project.getDeliverable(), row.get(7));
		}
	}

	@Test
	void rowsHoldEveryColumnOfTheProjectTable() throws Exception {
		Parsed csv = parse(write(plans.corpusPlan("cxzy-2026.plan")));
		assertEquals(List.of(
				List.of("A1", "岗位技能比武", "competition", "王强", "2026-04-01", "2026-10-31", "G2", "比武成绩册及获奖名单",
						"35岁以下员工参与率不低于90%", "30000", "CNY", "", "false"),
				List.of("A2", "服务之星竞赛", "contest", "李娜", "2026-04-15", "2026-10-15", "G1", "月度服务之星评选结果",
						"参赛供电所投诉率逐月下降", "", "", "", "true"),
				List.of("A3", "先进事迹宣讲", "lecture", "宣传组", "2026-10-16", "2026-10-31", "G1, G2", "事迹材料汇编与宣讲视频",
						"覆盖全部12个供电所", "", "", "", "false")),
				csv.rows());
	}

	@Test
	void fileIsUtf8WithByteOrderMarkAndCrlfRecords() throws Exception {
		byte[] bytes = Files.readAllBytes(write(plans.corpusPlan("dangjian-2027.plan")));
		assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3));
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertTrue(text.startsWith(String.join(",", CsvExport.HEADER) + "\r\n"), text);
		assertTrue(text.contains("P1,党建+攻坚专项行动,practice,攻坚组,2027-02-01,2027-12-15,G1,"), text);
		assertTrue(text.endsWith("\r\n"));
	}

	@Test
	void hostileTextRoundTripsQuotedAsRfc4180Requires() throws Exception {
		PlanFacts facts = plans.hostile();
		Path file = write(facts);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"Project, with \"\"commas\"\" and\na newline <script>alert(1)</script>\""), text);

		Parsed csv = parse(file);
		List<String> a1 = csv.rows().get(0);
		assertEquals(facts.plan().getProjects().get(0).getTitle(), a1.get(1));
		assertEquals("Project, with \"commas\" and\na newline <script>alert(1)</script>", a1.get(1));
		assertEquals("Report, \"final\"", a1.get(7));
		assertEquals("G1, Partner.Shared", a1.get(6), "another plan's goal is qualified");
		assertEquals("30000.50", a1.get(9));
		assertEquals("done", a1.get(11));
		assertEquals("true", a1.get(12));

		List<String> a2 = csv.rows().get(1);
		assertEquals("Crew", a2.get(3));
		assertEquals("'=HYPERLINK(\"http://example.invalid\",\"click\")", a2.get(7), "no formula runs in a spreadsheet");
		assertEquals("'@SUM(1+1)", a2.get(8));
	}

	private record Parsed(List<String> header, List<List<String>> rows) {
	}

	private static Parsed parse(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark first");
		Reader reader = new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
			return new Parsed(parser.getHeaderNames(), rows);
		}
	}

	private Path write(PlanFacts facts) throws Exception {
		List<Path> files = new CsvExport().write(facts, OutputFolder.open(dir));
		assertEquals(List.of(dir.resolve(facts.plan().getName() + ".csv")), files);
		return files.get(0);
	}
}
