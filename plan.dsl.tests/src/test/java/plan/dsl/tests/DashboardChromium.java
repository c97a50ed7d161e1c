package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Runs Debian's headless Chromium (and poppler's pdfinfo) as processes, each run with a fresh profile and
 * name resolution switched off, so nothing leaves the machine. Console messages are read from Chromium's
 * log, requests from its NetLog: a request the page made is one whose network isolation key is the page's
 * {@code file://} site (the browser's own background requests carry none). In CI ({@code CI=true}) a
 * missing browser fails the test; elsewhere the test is skipped.
 */
final class DashboardChromium {

	private static final long TIMEOUT_SECONDS = 90;

	private DashboardChromium() {
	}

	/**
	 * One page load: console messages and script errors (dbus and GPU noise of a headless host left out),
	 * and the URLs of requests the page made.
	 */
	record Run(int exitCode, List<String> problems, List<String> pageRequests, String stdout, String stderr) {
	}

	static Path executable(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** Chromium and pdfinfo, or a failure in CI and a skip elsewhere. */
	static void require() {
		if (executable("chromium") != null && executable("pdfinfo") != null) {
			return;
		}
		String message = "headless Chromium and pdfinfo are needed (apt-get install chromium poppler-utils fonts-noto-cjk)";
		if ("true".equals(System.getenv("CI"))) {
			fail(message);
		}
		Assumptions.abort(message);
	}

	static Run screenshot(Path page, Path png, Path work) throws Exception {
		return chromium(page, work, "--screenshot=" + png, "--window-size=1400,1000");
	}

	static Run printToPdf(Path page, Path pdf, Path work) throws Exception {
		return chromium(page, work, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
	}

	/** Loads the page, runs its scripts and prints the document as it then is ({@link Run#stdout()}). */
	static Run dumpDom(Path page, Path work) throws Exception {
		return chromium(page, work, "--dump-dom");
	}

	private static Run chromium(Path page, Path work, String... action) throws Exception {
		Path profile = Files.createTempDirectory(work, "chromium-profile");
		Path netLog = Files.createTempFile(work, "netlog", ".json");
		List<String> command = new ArrayList<>(List.of(executable("chromium").toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND",
				"--enable-logging=stderr", "--v=0", "--log-net-log=" + netLog));
		command.addAll(List.of(action));
		command.add(page.toUri().toString());
		Result result = run(command, work);
		List<String> problems = result.stderr().lines()
				.filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught") || l.contains("net::ERR")
						|| l.contains("Failed to load") || l.contains("Refused to"))
				.toList();
		return new Run(result.exitCode(), problems, pageRequests(netLog), result.stdout(), result.stderr());
	}

	/** URLs of the requests that a {@code file://} page started, read from a NetLog JSON file. */
	static List<String> pageRequests(Path netLog) throws IOException {
		JsonObject log = JsonParser.parseString(Files.readString(netLog, StandardCharsets.UTF_8)).getAsJsonObject();
		int startJob = log.getAsJsonObject("constants").getAsJsonObject("logEventTypes").get("URL_REQUEST_START_JOB")
				.getAsInt();
		List<String> urls = new ArrayList<>();
		for (JsonElement element : log.getAsJsonArray("events")) {
			JsonObject event = element.getAsJsonObject();
			JsonObject params = event.getAsJsonObject("params");
			if (event.get("type").getAsInt() == startJob && params != null && params.has("url")
					&& params.has("network_isolation_key")
					&& params.get("network_isolation_key").getAsString().contains("file://")) {
				urls.add(params.get("url").getAsString());
			}
		}
		return urls;
	}

	/** The page count pdfinfo reports. */
	static int pages(Path pdf, Path work) throws Exception {
		Result result = run(List.of(executable("pdfinfo").toString(), pdf.toString()), work);
		return result.stdout().lines().filter(l -> l.startsWith("Pages:"))
				.mapToInt(l -> Integer.parseInt(l.substring("Pages:".length()).trim())).findFirst()
				.orElseThrow(() -> new AssertionError("pdfinfo: " + result.stdout() + result.stderr()));
	}

	private record Result(int exitCode, String stdout, String stderr) {
	}

	private static Result run(List<String> command, Path work) throws IOException, InterruptedException {
		Path out = Files.createTempFile(work, "out", ".txt");
		Path err = Files.createTempFile(work, "err", ".txt");
		Process process = new ProcessBuilder(command).directory(work.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			fail(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}
}
