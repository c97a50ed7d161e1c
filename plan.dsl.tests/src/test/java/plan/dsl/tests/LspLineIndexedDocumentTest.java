package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;

import plan.dsl.ide.server.LineIndexedDocument;

/** {@link LineIndexedDocument} converts offsets and positions exactly as Xtext's {@link Document} does. */
class LspLineIndexedDocumentTest {

	private static final List<String> TEXTS = List.of("", "a", "\n", "\n\n", "ab\ncd", "ab\r\ncd\r\n", "项目\n  负责人 张伟\n",
			"plan T \"t\" {\n    kind project\n}\n", "x\n\n\ny", "\r\r\n\n");

	@Test
	void everyOffsetAndPositionConvertsAlike() {
		for (String text : TEXTS) {
			Document plain = new Document(1, text);
			Document indexed = LineIndexedDocument.of(plain);
			for (int i = -2; i <= text.length() + 2; i++) {
				int offset = i;
				assertEquals(outcome(() -> plain.getPosition(offset)), outcome(() -> indexed.getPosition(offset)), text + " @" + offset);
			}
			for (int line = -1; line <= text.length() + 2; line++) {
				for (int character = -1; character <= text.length() + 2; character++) {
					Position position = new Position(line, character);
					assertEquals(outcome(() -> plain.getOffSet(position)), outcome(() -> indexed.getOffSet(position)),
							text + " @" + position);
				}
			}
			assertEquals(plain.getLineCount(), indexed.getLineCount());
		}
	}

	@Test
	void changesApplyAlike() {
		Random random = new Random(7);
		Document plain = new Document(1, "plan T \"t\" {\n    kind project\n}\n");
		Document indexed = LineIndexedDocument.of(plain);
		for (int i = 0; i < 500; i++) {
			int start = random.nextInt(plain.getContents().length() + 1);
			int end = start + random.nextInt(plain.getContents().length() - start + 1);
			String text = List.of("", "x", "\n", "\r\n", "项目 ", "ab\ncd").get(random.nextInt(6));
			TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
					new Range(plain.getPosition(start), plain.getPosition(end)), text);
			plain = plain.applyTextDocumentChanges(List.of(change));
			indexed = indexed.applyTextDocumentChanges(List.of(change));
			assertEquals(plain, new Document(indexed.getVersion(), indexed.getContents(), indexed.isPrintSourceOnError()));
			assertEquals(LineIndexedDocument.class, indexed.getClass());
		}
	}

	private static String outcome(java.util.function.Supplier<Object> conversion) {
		try {
			return String.valueOf(conversion.get());
		} catch (IndexOutOfBoundsException e) {
			return "IndexOutOfBoundsException " + e.getMessage();
		}
	}
}
