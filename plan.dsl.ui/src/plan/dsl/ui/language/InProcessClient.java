package plan.dsl.ui.language;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's client inside Eclipse: keeps the latest diagnostics of every document (markers and quick fixes
 * look them up) and passes them on to the editors that listen; the server's messages go to the error log.
 */
class InProcessClient implements LanguageClient {

	private final Map<String, List<Diagnostic>> latest = new ConcurrentHashMap<>();
	private final List<DiagnosticsListener> listeners = new CopyOnWriteArrayList<>();

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		String uri = DocumentUris.normalize(params.getUri());
		List<Diagnostic> diagnostics = List.copyOf(params.getDiagnostics());
		latest.put(uri, diagnostics);
		listeners.forEach(listener -> listener.published(uri, diagnostics));
	}

	List<Diagnostic> diagnostics(String uri) {
		return latest.getOrDefault(DocumentUris.normalize(uri), List.of());
	}

	void addListener(DiagnosticsListener listener) {
		listeners.add(listener);
	}

	void removeListener(DiagnosticsListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		logMessage(request);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		int severity = switch (message.getType()) {
			case Error -> Status.ERROR;
			case Warning -> Status.WARNING;
			default -> Status.INFO;
		};
		ILog.of(InProcessClient.class).log(new Status(severity, "plan.dsl.ui", message.getMessage()));
	}
}
