package plan.dsl.ide;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Singleton;

/**
 * URIs sent to the client are ASCII, with every other character percent-encoded as RFC 3986 asks. Xtext
 * decodes what it receives and would answer {@code file:///计划/方案.plan} to a client that said
 * {@code file:///%E8%AE%A1%E5%88%92/...}; planners name their files in Chinese, and a client that compares
 * URIs as text (lsp4j, many editors) would never match the diagnostics to the open file. Encoding as Java's
 * {@code Path.toUri()} and VS Code do (UTF-8, upper-case hex) gives back the very text the client sent.
 */
@Singleton
public class EncodedUriExtensions extends UriExtensions {

	@Override
	public String toUriString(URI uri) {
		return encodeNonAscii(super.toUriString(uri));
	}

	static String encodeNonAscii(String uri) {
		StringBuilder encoded = null;
		for (int i = 0; i < uri.length(); i++) {
			char c = uri.charAt(i);
			if (c < 0x80) {
				if (encoded != null) {
					encoded.append(c);
				}
				continue;
			}
			if (encoded == null) {
				encoded = new StringBuilder(uri.length() + 32).append(uri, 0, i);
			}
			int end = Character.isHighSurrogate(c) && i + 1 < uri.length() ? i + 2 : i + 1;
			for (byte b : uri.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
						.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
			}
			i = end - 1;
		}
		return encoded == null ? uri : encoded.toString();
	}
}
