package plan.dsl.headless;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a plan file as UTF-8, always (never the platform default), and refuses what is not UTF-8 text
 * with a message naming the file and line instead of silently replacing characters.
 */
public final class PlanSourceReader {

	/**
	 * The largest plan file read: parsing takes about 60 bytes of memory per byte of text, so this keeps one file
	 * well inside a default Java heap; a realistic year of 10,000 projects is about a quarter of it.
	 */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private PlanSourceReader() {
	}

	public static String read(Path file, String shownAs) throws PlanInputException {
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new PlanInputException(String.format(Locale.ROOT,
						"%s: is %.1f MB, more than the %d MB a plan file may hold; split it into several plans "
								+ "(give plan the folder: its plans are checked together and may refer to each other)",
						shownAs, size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new PlanInputException(shownAs + ": no such file");
		} catch (AccessDeniedException e) {
			throw new PlanInputException(shownAs + ": permission denied; make the file readable");
		} catch (IOException e) {
			throw new PlanInputException(shownAs + ": cannot be read (" + e.getMessage() + ")");
		}
		return decode(bytes, shownAs);
	}

	static String decode(byte[] bytes, String shownAs) throws PlanInputException {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new PlanInputException(shownAs + ":" + lineAt(bytes, i)
						+ ": contains a NUL byte, so it is not a text file; a .plan file must be UTF-8 text");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			String text = decoder.decode(buffer).toString();
			// a UTF-8 byte order mark is legal but not part of the plan
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			int offset = buffer.position();
			throw new PlanInputException(shownAs + ":" + lineAt(bytes, offset)
					+ ": is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[Math.min(offset, bytes.length - 1)])
					+ "); save the file with UTF-8 encoding");
		}
	}

	/** The 1-based line of byte {@code offset}; CRLF, a lone CR and LF each end a line, as in editors and the parser. */
	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			boolean crOfCrlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
			if (bytes[i] == '\n' || bytes[i] == '\r' && !crOfCrlf) {
				line++;
			}
		}
		return line;
	}
}
