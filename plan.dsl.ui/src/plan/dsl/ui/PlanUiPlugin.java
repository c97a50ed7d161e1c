package plan.dsl.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import plan.dsl.ui.language.PlanLanguageAccess;

/** The plug-in: starts the in-process language server on first use, over the workspace folder. */
public class PlanUiPlugin extends AbstractUIPlugin {

	public static final String ID = "plan.dsl.ui";

	private static PlanUiPlugin instance;

	private PlanLanguageAccess languageAccess;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		synchronized (this) {
			if (languageAccess != null) {
				languageAccess.shutdown();
				languageAccess = null;
			}
		}
		instance = null;
		super.stop(context);
	}

	public static PlanUiPlugin getDefault() {
		return instance;
	}

	/** The language services, started over the workspace folder the first time anything asks. */
	public static synchronized PlanLanguageAccess language() {
		PlanUiPlugin plugin = getDefault();
		if (plugin.languageAccess == null) {
			plugin.languageAccess = PlanLanguageAccess
					.start(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath());
		}
		return plugin.languageAccess;
	}
}
