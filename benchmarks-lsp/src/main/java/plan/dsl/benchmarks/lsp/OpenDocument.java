package plan.dsl.benchmarks.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** A document the benchmark opened, with the version its next change carries. */
final class OpenDocument {

	final ServerProcess server;
	final String uri;
	private int version = 1;

	OpenDocument(ServerProcess server, String uri, String text) {
		this.server = server;
		this.uri = uri;
		server.open(uri, text);
	}

	/** Replaces the text from (line, character) to (endLine, endCharacter) with {@code text}. */
	void edit(int line, int character, int endLine, int endCharacter, String text) {
		server.change(uri, ++version, new Range(new Position(line, character), new Position(endLine, endCharacter)), text);
	}

	void insert(int line, int character, String text) {
		edit(line, character, line, character, text);
	}
}
