package plan.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * {@code [#####-----] 12/40 files} on standard error while a large run validates, redrawn in place and erased
 * when done. Shown only when it helps and cannot spoil output: many files, not quiet, and standard error an
 * interactive terminal (never when redirected, as in tests and CI).
 */
final class ProgressBar implements IntConsumer {

	/** Below this a run is quick enough that a bar would only flicker. */
	static final int MIN_FILES = 20;
	private static final int WIDTH = 30;

	private final PrintWriter err;
	private final int total;
	private int lastCells = -1;

	private ProgressBar(PrintWriter err, int total) {
		this.err = err;
		this.total = total;
	}

	/** A bar for a run over {@code total} files, or a listener that does nothing when no bar should show. */
	static IntConsumer forRun(PrintWriter err, int total, boolean quiet) {
		return total >= MIN_FILES && !quiet && stderrIsTerminal() ? new ProgressBar(err, total) : done -> {
		};
	}

	@Override
	public void accept(int done) {
		int cells = done * WIDTH / total;
		if (cells != lastCells || done == total) {
			lastCells = cells;
			err.print("\r[" + "#".repeat(cells) + "-".repeat(WIDTH - cells) + "] " + done + "/" + total + " files");
			if (done == total) {
				err.print("\r" + " ".repeat(WIDTH + 20) + "\r");
			}
			err.flush();
		}
	}

	/**
	 * Whether file descriptor 2 is a terminal. Java has no portable test for one stream (System.console() speaks
	 * for stdin and stdout, and from JDK 22 is non-null even when redirected), so this reads Linux's /proc; where
	 * that is unavailable the bar stays off.
	 */
	private static boolean stderrIsTerminal() {
		if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
			return false;
		}
		try {
			String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
			return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false;
		}
	}
}
