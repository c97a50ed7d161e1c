package plan.dsl.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

import plan.dsl.headless.PlanInputException;

/**
 * The one folder a generation run may write into. Files appear atomically (written to a temporary file in
 * the same folder, then renamed), so a failed or killed run never leaves a truncated output and never
 * replaces an earlier output with half a file; names that would escape the folder are refused.
 */
public final class OutputFolder {

	/** Characters allowed in a generated file name; everything else in a plan name becomes '_'. */
	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]");

	/** What to do when the output folder cannot be written. */
	private static final String WRITABLE = "choose a folder you can write to";

	private final Path root;

	private OutputFolder(Path root) {
		this.root = root;
	}

	/** Opens (creating if needed) the output folder, with a clear message when that is impossible. */
	public static OutputFolder open(Path folder) throws PlanInputException {
		Path root = folder.toAbsolutePath().normalize();
		if (Files.exists(root) && !Files.isDirectory(root)) {
			throw new PlanInputException(folder + ": is a file, not a folder; choose a folder for the outputs");
		}
		try {
			Files.createDirectories(root);
		} catch (AccessDeniedException e) {
			throw new PlanInputException(folder + ": cannot create the output folder, permission denied; " + WRITABLE);
		} catch (IOException e) {
			throw new PlanInputException(folder + ": cannot create the output folder (" + e.getMessage() + "); " + WRITABLE);
		}
		if (!Files.isWritable(root)) {
			throw new PlanInputException(folder + ": the output folder is not writable; " + WRITABLE);
		}
		return new OutputFolder(root);
	}

	public Path root() {
		return root;
	}

	/**
	 * A file name derived from a plan's name that stays a single path segment: separators, dots at the start
	 * and control characters are replaced, so "../../etc/x" becomes "_._.._etc_x".
	 */
	public static String safeName(String planName) {
		String cleaned = UNSAFE.matcher(planName == null ? "" : planName).replaceAll("_");
		while (cleaned.startsWith(".")) {
			cleaned = "_" + cleaned.substring(1);
		}
		return cleaned.isEmpty() ? "plan" : cleaned;
	}

	/** The path of {@code relative} inside the folder; refuses anything that would resolve outside it. */
	public Path resolve(String relative) {
		Path target = root.resolve(relative).normalize();
		if (!target.startsWith(root) || target.equals(root)) {
			throw new IllegalArgumentException("'" + relative + "' would be written outside " + root);
		}
		return target;
	}

	/** A folder inside this one (e.g. one per plan when several plans are generated together). */
	public OutputFolder subfolder(String relative) throws IOException {
		Path folder = resolve(relative);
		Files.createDirectories(folder);
		return new OutputFolder(folder);
	}

	public Path writeString(String relative, String content) throws IOException {
		return write(relative, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

	public Path writeBytes(String relative, byte[] content) throws IOException {
		return write(relative, out -> out.write(content));
	}

	/** Writes through {@code writer} into a temporary sibling, then renames it over the target. */
	public Path write(String relative, ContentWriter writer) throws IOException {
		Path target = resolve(relative);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				writer.writeTo(out);
			}
			keepOrDefaultPermissions(temporary, target);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Temporary files are created private (rw-------); the file that replaces the target must keep the target's
	 * permissions, or get the usual rw-r--r-- when it is new, so a rewrite never changes who can read a file.
	 */
	private static void keepOrDefaultPermissions(Path temporary, Path target) throws IOException {
		if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temporary, permissions);
	}

	/** Produces the bytes of one output. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}
}
