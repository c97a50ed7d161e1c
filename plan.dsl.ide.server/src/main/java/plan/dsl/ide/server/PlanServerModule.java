package plan.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

import plan.dsl.ide.EncodedUriExtensions;

/**
 * Xtext's language server wiring ({@link ServerModule}) with the {@code .plan} server's own parts: its
 * diagnostics and errors ({@link PlanLanguageServer}), URIs as clients write them, and builds that leave
 * validation for later and keystrokes re-parsed in place so typing stays responsive
 * ({@link PlanWorkspaceManager}, {@link DeferredValidation}, {@link DeferredBuild}, whose requests
 * {@link PlanRequestManager} runs without cancelling the client's).
 */
public class PlanServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(LanguageServerImpl.class).to(PlanLanguageServer.class);
				bind(UriExtensions.class).to(EncodedUriExtensions.class);
				bind(ProjectManager.class).to(PlanProjectManager.class);
				bind(WorkspaceManager.class).to(PlanWorkspaceManager.class);
				bind(IRequestManager.class).to(PlanRequestManager.class);
			}
		}));
	}
}
