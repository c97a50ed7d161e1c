package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.validation.PlanIssueCodes;

/** {@code plan explain}: every code is explained in both languages; an unknown code lists the known ones. */
class CliExplainTest {

	@TempDir
	Path dir;

	@Test
	void everyCodeHasAnExplanationInBothLanguages() {
		for (DocLanguage language : new DocLanguage[] { DocLanguage.ZH, DocLanguage.EN }) {
			PlanMessages messages = PlanMessages.of(language);
			for (String code : PlanIssueCodes.ALL) {
				for (String part : new String[] { "what", "fix", "example" }) {
					String key = "cli.explain." + code + "." + part;
					assertTrue(messages.has(key), language + ": " + key);
					assertFalse(messages.get(key).isBlank(), language + ": " + key);
				}
			}
		}
	}

	@Test
	void explainsInChineseByDefault() throws Exception {
		CliProcess.Result r = CliProcess.run(dir, "explain", "smart.specific");
		assertEquals(0, r.exitCode(), r.err());
		assertEquals("""
				smart.specific
				  含义: 目标的具体内容（specific）缺失或过于笼统（S）。
				  如何修改: 写明对象、范围和做法，少用“加强、提升”等空泛动词。
				  示例: specific "在12个基层供电所推行服务标准化"
				""", r.out());
	}

	@Test
	void allPrintsBothLanguages() throws Exception {
		CliProcess.Result r = CliProcess.run(dir, "explain", "--lang", "all", "timeline.dependency-cycle");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().contains("含义: 项目之间的 after 依赖形成了循环。"), r.out());
		assertTrue(r.out().contains("What it means: The projects' after dependencies form a loop."), r.out());
	}

	@Test
	void unknownCodeIsAUsageErrorListingTheKnownCodes() throws Exception {
		CliProcess.Result r = CliProcess.run(dir, "explain", "smart.nonsense");
		assertEquals(2, r.exitCode());
		assertEquals("", r.out());
		assertEquals("plan: unknown code 'smart.nonsense'; known codes: " + String.join(", ", PlanIssueCodes.ALL)
				+ "\n", r.err());
	}
}
