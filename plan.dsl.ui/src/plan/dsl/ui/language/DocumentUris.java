package plan.dsl.ui.language;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/** The one spelling of a file's URI that the editor and the in-process server exchange ({@code file:///…}). */
public final class DocumentUris {

	private DocumentUris() {
	}

	public static String of(IFile file) {
		IPath location = file.getLocation();
		return location == null ? null : of(location.toPath());
	}

	public static String of(Path path) {
		return path.toAbsolutePath().normalize().toUri().toString();
	}

	/** The same URI whichever way the server spelt it ({@code file:/x} or {@code file:///x}). */
	public static String normalize(String uri) {
		try {
			return of(Paths.get(URI.create(uri)));
		} catch (RuntimeException notAFile) {
			return uri;
		}
	}

	/** The workspace file at {@code uri}, or {@code null} when it is outside the workspace. */
	public static IFile fileOf(String uri) {
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(normalize(uri)));
			return files.length == 0 ? null : files[0];
		} catch (RuntimeException notAFile) {
			return null;
		}
	}
}
