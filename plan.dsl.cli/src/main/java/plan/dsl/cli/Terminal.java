package plan.dsl.cli;

/** Whether output goes to an interactive terminal that understands colours. */
final class Terminal {

	private Terminal() {
	}

	static boolean colours() {
		String term = System.getenv("TERM");
		return System.console() != null && System.getenv("NO_COLOR") == null && term != null && !"dumb".equals(term);
	}
}
