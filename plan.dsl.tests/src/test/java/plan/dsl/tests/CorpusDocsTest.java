package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The user documentation keeps up with the grammar and the bundled examples. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CorpusDocsTest {

	@Inject
	private IGrammarAccess grammar;

	/** Guards the two tests below against passing on an empty list. */
	@Test
	void aliasesAreReadFromTheGrammar() {
		assertTrue(GrammarAliases.keywords(grammar.getGrammar()).containsAll(
				List.of(new GrammarAliases.Alias("plan", "方案"), new GrammarAliases.Alias("verified by", "检验"))));
		assertTrue(GrammarAliases.enumValues(grammar.getGrammar()).containsAll(
				List.of(new GrammarAliases.Alias("approved", "已批准"), new GrammarAliases.Alias("approved", "通过"))));
	}

	@Test
	void referenceListsEveryKeywordAliasOfTheGrammar() throws IOException {
		assertEquals(List.of(), missingRows(GrammarAliases.keywords(grammar.getGrammar())),
				"keyword rows missing from docs/LANGUAGE-REFERENCE.md");
	}

	@Test
	void referenceListsEveryEnumerationAliasOfTheGrammar() throws IOException {
		assertEquals(List.of(), missingRows(GrammarAliases.enumValues(grammar.getGrammar())),
				"enumeration rows missing from docs/LANGUAGE-REFERENCE.md");
	}

	@Test
	void examplesReadmeListsEveryExample() throws IOException {
		Path examples = CorpusFiles.bundledExamples();
		String readme = Files.readString(examples.resolve("README.md"), StandardCharsets.UTF_8);
		List<String> unlisted = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(examples)) {
			walk.filter(p -> p.toString().endsWith(".plan")).map(p -> examples.relativize(p).toString())
					.filter(name -> !readme.contains("`" + name + "`")).sorted().forEach(unlisted::add);
		}
		assertEquals(List.of(), unlisted, "examples not listed in examples/README.md");
	}

	/** Table rows are written {@code | `english` | `中文` |}, so both spellings must sit in one row. */
	private static List<String> missingRows(List<GrammarAliases.Alias> aliases) throws IOException {
		String reference = Files.readString(CorpusFiles.repoRoot().resolve("docs/LANGUAGE-REFERENCE.md"),
				StandardCharsets.UTF_8);
		List<String> missing = new ArrayList<>();
		for (GrammarAliases.Alias alias : aliases) {
			if (!reference.contains("| `" + alias.english() + "` | `" + alias.chinese() + "` |")) {
				missing.add(alias.english() + " ↔ " + alias.chinese());
			}
		}
		return missing;
	}
}
