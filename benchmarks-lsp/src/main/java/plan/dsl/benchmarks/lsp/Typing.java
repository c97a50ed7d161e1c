package plan.dsl.benchmarks.lsp;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * Someone typing a new line {@code owner <person>} into a project of the large plan, one keystroke at a time,
 * with the completion an editor asks for after each keystroke: Enter (a new indented line), the six
 * characters of {@code owner }, accepting a person, and deleting the line again — nine keystrokes a cycle,
 * after which the plan is as it was. Each completion is timed from the request to its answer, so the figure
 * includes waiting for the server to take in the keystroke, as an editor waits.
 */
final class Typing {

	private static final String INDENT = "        ";
	private static final String WORD = "owner ";

	private final OpenDocument document;
	private final int headerLine;
	private final int headerLength;
	private final String person;

	/** Types below the project header at {@code headerLine} (0-based), of {@code headerLength} characters. */
	Typing(OpenDocument document, int headerLine, int headerLength, String person) {
		this.document = document;
		this.headerLine = headerLine;
		this.headerLength = headerLength;
		this.person = person;
	}

	/** One cycle of nine keystrokes, one every {@code paceMillis}; each completion's latency goes to {@code into}. */
	void cycle(Latencies into, long paceMillis) throws InterruptedException {
		int line = headerLine + 1;
		long next = System.nanoTime();
		next = keystroke(next, paceMillis);
		document.insert(headerLine, headerLength, "\n" + INDENT);
		complete(line, INDENT.length(), into);
		for (int i = 0; i < WORD.length(); i++) {
			next = keystroke(next, paceMillis);
			document.insert(line, INDENT.length() + i, WORD.substring(i, i + 1));
			List<CompletionItem> items = complete(line, INDENT.length() + i + 1, into);
			if (i == WORD.length() - 1 && items.stream().noneMatch(item -> item.getLabel().equals(person))) {
				throw new IllegalStateException("completion after 'owner ' does not offer " + person + ": "
						+ items.stream().map(CompletionItem::getLabel).limit(20).toList());
			}
		}
		int end = INDENT.length() + WORD.length();
		next = keystroke(next, paceMillis);
		document.insert(line, end, person);
		complete(line, end + person.length(), into);
		next = keystroke(next, paceMillis);
		document.edit(headerLine, headerLength, line, end + person.length(), "");
		complete(headerLine, headerLength, into);
	}

	/** Waits until the next keystroke is due; returns when the one after it is. */
	private static long keystroke(long due, long paceMillis) throws InterruptedException {
		long wait = due - System.nanoTime();
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
		return Math.max(due, System.nanoTime()) + paceMillis * 1_000_000;
	}

	private List<CompletionItem> complete(int line, int character, Latencies into) {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(document.uri), new Position(line, character));
		long start = System.nanoTime();
		List<CompletionItem> items = document.server.get(document.server.server().getTextDocumentService().completion(params))
				.getRight().getItems();
		into.add(System.nanoTime() - start);
		if (items.isEmpty()) {
			throw new IllegalStateException("no completion at " + (line + 1) + ":" + (character + 1));
		}
		return items;
	}
}
