package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.PlanOutput;
import plan.dsl.generator.PlanOutputs;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.Plan;

/**
 * The DOCX outputs open in LibreOffice: converted headless to PDF, each gives an A4 PDF of at least one page
 * whose text holds the title and the first heading. In CI (CI=true) LibreOffice and poppler must be
 * installed ({@code .ci/run} does it), so a missing tool fails the test instead of skipping it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DocumentPdfTest {

	private static final Pattern PAGES = Pattern.compile("(?m)^Pages:\\s+(\\d+)$");

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private PlanFactsProvider facts;

	@TempDir
	Path dir;

	@Test
	void libreOfficeConvertsEveryDocxToAnA4Pdf() throws Exception {
		Path soffice = requireTool("LibreOffice", "soffice", "libreoffice");
		Path pdfinfo = requireTool("poppler-utils", "pdfinfo");
		Path pdftotext = requireTool("poppler-utils", "pdftotext");

		List<Plan> plans = new ArrayList<>();
		plans.add(DocumentFixtures.parse(parser, DocumentFixtures.hostilePlanText()));
		plans.add(DocumentFixtures.bundledPlan(parser, "anquan-2026.plan"));
		plans.add(DocumentFixtures.bundledPlan(parser, "innovation-2027.plan"));
		for (String corpusFile : List.of("cxzy-2026.plan", "dangjian-2027.plan", "volunteer-week.plan")) {
			if (Files.isRegularFile(CliProcess.sharedExamples().resolve(corpusFile))) {
				plans.add(DocumentFixtures.corpusPlan(parser, corpusFile));
			}
		}
		OutputFolder docxFolder = OutputFolder.open(dir.resolve("docx"));
		PlanOutput docx = PlanOutputs.byFormat("docx").orElseThrow();
		List<String> command = new ArrayList<>(List.of(soffice.toString(),
				"-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless", "--norestore",
				"--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString()));
		for (Plan plan : plans) {
			command.add(docx.write(facts.get(plan), docxFolder).get(0).toString());
		}
		String conversion = run(command, 300);

		for (Plan plan : plans) {
			Path pdf = dir.resolve("pdf").resolve(plan.getName() + ".pdf");
			assertTrue(Files.isRegularFile(pdf), () -> pdf + " not written; LibreOffice said: " + conversion);
			String info = run(List.of(pdfinfo.toString(), pdf.toString()), 60);
			Matcher pages = PAGES.matcher(info);
			assertTrue(pages.find(), info);
			assertTrue(Integer.parseInt(pages.group(1)) >= 1, info);
			assertTrue(info.contains("(A4)"), info);
			String text = run(List.of(pdftotext.toString(), "-layout", pdf.toString(), "-"), 60);
			String firstHeading = plan.getLanguage() == DocLanguage.EN ? "1 Background and goals" : "一、背景与目标";
			assertTrue(text.contains(firstHeading), () -> plan.getName() + ": " + text);
		}
		if (Files.isRegularFile(dir.resolve("pdf/CXZY2026.pdf"))) {
			String text = run(List.of(pdftotext.toString(), dir.resolve("pdf/CXZY2026.pdf").toString(), "-"), 60);
			assertTrue(text.contains("（八）预期成果与检验"), text);
		}
	}

	/** The tool's path; without it, a failure in CI and a skip elsewhere. */
	private static Path requireTool(String packageName, String... names) {
		Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
				.filter(folder -> !folder.isEmpty())
				.flatMap(folder -> Stream.of(names).map(name -> Path.of(folder, name)))
				.filter(Files::isExecutable).findFirst();
		if (found.isEmpty()) {
			String message = String.join("/", names) + " not found on PATH; install " + packageName
					+ " (see .ci/run)";
			if ("true".equals(System.getenv("CI"))) {
				fail(message);
			}
			Assumptions.abort(message);
		}
		return found.get();
	}

	private String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
		Path output = Files.createTempFile(dir, "out", ".txt");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
				.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail(command.get(0) + " did not finish in " + timeoutSeconds + " s");
		}
		String text = Files.readString(output, StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + text);
		return text;
	}
}
