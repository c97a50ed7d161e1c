package plan.dsl.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server jar driven byte by byte, for what a well-behaved client library never sends: broken framing,
 * malformed JSON, requests the protocol does not know. Messages from the server are read on a thread of
 * their own so a test can wait for one with a timeout.
 */
final class LspRawConnection implements AutoCloseable {

	private final Process process;
	private final OutputStream toServer;
	private final BlockingQueue<JsonObject> fromServer = new LinkedBlockingQueue<>();

	LspRawConnection() throws IOException {
		process = new ProcessBuilder(LspServerProcess.command()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		toServer = process.getOutputStream();
		Thread reader = new Thread(() -> readAll(process.getInputStream()), "lsp-raw-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/** Sends {@code body} framed as the protocol wants it. */
	void send(String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		sendBytes(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		sendBytes(bytes);
	}

	void sendBytes(byte[] bytes) throws IOException {
		toServer.write(bytes);
		toServer.flush();
	}

	/** The server's response to request {@code id}, skipping its notifications; fails after the timeout. */
	JsonObject response(int id) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LspServerProcess.TIMEOUT_SECONDS);
		while (true) {
			JsonObject message = fromServer.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (message == null) {
				throw new AssertionError("no response to request " + id + "; server alive: " + process.isAlive());
			}
			JsonElement messageId = message.get("id");
			if (messageId != null && !messageId.isJsonNull() && message.has("method") == false
					&& messageId.getAsInt() == id) {
				return message;
			}
		}
	}

	boolean isAlive() {
		return process.isAlive();
	}

	private void readAll(InputStream in) {
		try {
			while (true) {
				int length = contentLength(in);
				if (length < 0) {
					return;
				}
				byte[] body = in.readNBytes(length);
				fromServer.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
			}
		} catch (IOException e) {
			// the process ended
		}
	}

	/** Reads one header block; -1 at the end of the stream. */
	private static int contentLength(InputStream in) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		int length = -1;
		while (true) {
			int b = in.read();
			if (b < 0) {
				return -1;
			}
			if (b != '\n') {
				header.write(b);
				continue;
			}
			String line = header.toString(StandardCharsets.US_ASCII).strip();
			header.reset();
			if (line.isEmpty()) {
				return length;
			}
			if (line.startsWith("Content-Length:")) {
				length = Integer.parseInt(line.substring("Content-Length:".length()).strip());
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
