package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.google.inject.Injector;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.view.OpenProblem;
import plan.dsl.headless.PlanWorkspace;
import plan.dsl.plan.Plan;

/**
 * Shared by the dashboard, brief and mind map tests: the shared corpus, loading plans the way the command
 * line does (so diagnostics are real), plans made up for scale and hostile text, and XML parsing.
 */
final class DashboardFixtures {

	private DashboardFixtures() {
	}

	/** A parsed, validated plan with its facts and its diagnostics as the dashboard takes them. */
	record Loaded(Plan plan, PlanFacts facts, List<OpenProblem> problems) {
	}

	static Path examples() {
		return Path.of(System.getProperty("plan.repo.root", ".")).resolve("../shared/spec/examples").normalize();
	}

	/** One plan of the shared corpus; the test is skipped when the corpus is not beside the clone. */
	static Path example(String name) {
		Path file = examples().resolve(name);
		Assumptions.assumeTrue(Files.isRegularFile(file), "shared corpus not present: " + file);
		return file;
	}

	/**
	 * Every complete example plan: the shared corpus's top-level files ({@code invalid/} left out) and the bundled
	 * {@code examples/}, as {@link DataPlans#corpus()} finds them.
	 */
	static List<Path> completeExamples() {
		List<Path> plans = DataPlans.corpus();
		assertTrue(plans.size() >= 7, "the corpus's three complete plans and the bundled four: " + plans);
		return plans;
	}

	/**
	 * Loads and validates one file with the language's injector; test classes get it from Xtext's
	 * {@code InjectionExtension}, which also sets EMF's global registries up for each test.
	 */
	static Loaded load(Injector injector, Path file) throws Exception {
		PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
		workspace.load(Map.of(file, file.getFileName().toString()));
		List<OpenProblem> problems = workspace.validate().stream().map(OpenProblem::of).toList();
		Map<Plan, String> plans = workspace.plans();
		assertEquals(1, plans.size(), "one plan in " + file);
		Plan plan = plans.keySet().iterator().next();
		return new Loaded(plan, new PlanFacts(plan, null), problems);
	}

	static Loaded load(Injector injector, Path dir, String name, String source) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, source, StandardCharsets.UTF_8);
		return load(injector, file);
	}

	/** Two strings that break out of HTML text and attributes if anything is not escaped. */
	static final String SCRIPT = "<script>alert(1)</script>";
	static final String IMG = "\"><img src=x onerror=alert(1)>";

	/** {@code source} with every string literal replaced by {@link #SCRIPT} or {@link #IMG}, alternately. */
	static String hostile(String source) {
		Matcher strings = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(source);
		StringBuilder out = new StringBuilder();
		int n = 0;
		while (strings.find()) {
			String payload = n++ % 2 == 0 ? SCRIPT : IMG;
			strings.appendReplacement(out, Matcher.quoteReplacement("\"" + payload.replace("\"", "\\\"") + "\""));
		}
		strings.appendTail(out);
		return out.toString();
	}

	/**
	 * A bigger plan than realistic ones: many goals, projects (half of them featured), phases, milestones and
	 * team members with long Chinese titles, to show that the brief scales down and the mind map stays clean.
	 */
	static String bigPlan(int goals, int projects) {
		StringBuilder plan = new StringBuilder("plan Big \"大型综合改革与高质量发展三年行动计划（2026—2028年）总体实施方案\" {\n"
				+ "    kind project\n    period from 2026-01-01 to 2028-12-31\n    asof 2027-03-15\n"
				+ "    theme \"深化改革攻坚 推动高质量发展 建设人民满意的现代化服务型机关\"\n"
				+ "    slogan \"对标一流 勇毅前行 久久为功\"\n    background {\n");
		for (int i = 1; i <= goals; i++) {
			plan.append("        challenge C").append(i).append(" \"第").append(i)
					.append("项突出问题：基层服务能力不足，群众办事满意度与兄弟单位相比仍有明显差距\"\n");
		}
		plan.append("    }\n    team {\n");
		for (int i = 1; i <= 12; i++) {
			plan.append("        person 人员").append(i).append(" \"综合协调处副处长兼专项工作组联络员\"")
					.append(i == 1 ? " role leader" : "").append('\n');
		}
		plan.append("    }\n");
		for (int i = 1; i <= goals; i++) {
			plan.append("    goal G").append(i).append(" \"全面提升第").append(i)
					.append("类政务服务事项的网上办理深度与群众满意程度\" {\n        level organization\n")
					.append("        specific \"推动第").append(i).append("类服务事项全流程网上办理，压缩办理时限\"\n")
					.append("        measure \"全流程网上办理事项占比\" from 35 % to 90 %\n        owner 人员")
					.append(1 + i % 12).append("\n        addresses C").append(i)
					.append("\n        due 2028-06-30\n    }\n");
		}
		for (int i = 1; i <= 6; i++) {
			int year = 2026 + (i - 1) / 2;
			String half = i % 2 == 1 ? "-01-01 to " + year + "-06-30" : "-07-01 to " + year + "-12-31";
			plan.append("    phase P").append(i).append(" \"第").append(i).append("阶段：集中攻坚与巩固提升\" from ")
					.append(year).append(half).append(" {\n        milestone M").append(i).append(" \"第").append(i)
					.append("阶段推进会暨阶段性成果发布会\" on ").append(year).append(i % 2 == 1 ? "-03-15" : "-09-15")
					.append("\n    }\n");
		}
		for (int i = 1; i <= projects; i++) {
			plan.append("    project A").append(i).append(" \"第").append(i)
					.append("号重点攻坚项目：数字化服务平台建设与业务流程再造\" {\n        owner 人员").append(1 + i % 12)
					.append("\n        during P").append(1 + i % 6).append("\n        deliverable \"平台上线运行报告、流程再造方案及第三方评估报告\"\n")
					.append("        supports G").append(1 + i % goals).append(i % 2 == 0 ? "\n        featured" : "")
					.append("\n        budget 10000 CNY\n    }\n");
		}
		plan.append("    safeguards {\n        budget 5000000 CNY {\n            item \"平台建设\" 3000000\n")
				.append("            item \"培训与宣传\" 2000000\n        }\n    }\n}\n");
		return plan.toString();
	}

	/** Parses generated HTML or SVG as XML: our outputs are well-formed, so any markup slip fails here. */
	static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
	}

	/** Elements named {@code tag} whose class list contains {@code cssClass}. */
	static List<Element> byClass(Document document, String tag, String cssClass) {
		return byClass(document.getElementsByTagName(tag), cssClass);
	}

	/** Descendants of {@code root} named {@code tag} whose class list contains {@code cssClass}. */
	static List<Element> byClass(Element root, String tag, String cssClass) {
		return byClass(root.getElementsByTagName(tag), cssClass);
	}

	private static List<Element> byClass(NodeList all, String cssClass) {
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (List.of(element.getAttribute("class").split("\\s+")).contains(cssClass)) {
				found.add(element);
			}
		}
		return found;
	}

	/** data-name → element of every element with that class, in document order. */
	static Map<String, Element> byName(List<Element> elements) {
		Map<String, Element> named = new LinkedHashMap<>();
		elements.forEach(e -> named.putIfAbsent(e.getAttribute("data-name"), e));
		return named;
	}
}
