package plan.dsl.ui.builder;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import plan.dsl.headless.PlanDiagnostic;

/** The problem markers of plans: one per diagnostic, with its code in {@link #CODE}. */
public final class PlanMarkers {

	public static final String TYPE = "plan.dsl.ui.problem";
	public static final String CODE = "code";

	private PlanMarkers() {
	}

	public static void clear(IResource resource) throws CoreException {
		resource.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
	}

	static void add(IFile file, PlanDiagnostic diagnostic) throws CoreException {
		int severity = switch (diagnostic.severity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
		file.createMarker(TYPE, Map.of(IMarker.SEVERITY, severity, IMarker.LINE_NUMBER, diagnostic.line(),
				IMarker.MESSAGE, diagnostic.message() + " [" + diagnostic.code() + "]", CODE, diagnostic.code(),
				IMarker.LOCATION, "line " + diagnostic.line()));
	}
}
