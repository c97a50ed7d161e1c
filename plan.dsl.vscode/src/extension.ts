/** Entry point: starts the language server and registers the commands. */
import * as vscode from 'vscode';
import { Dashboard } from './dashboard';
import { generateDocumentsCommand } from './generate';
import { PlanServer, reportUnavailable } from './server';

let server: PlanServer | undefined;

async function startServer(planServer: PlanServer, output: vscode.OutputChannel, restart: boolean): Promise<void> {
  try {
    await (restart ? planServer.restart() : planServer.client());
  } catch (error) {
    await reportUnavailable(error, output);
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Plan');
  const planServer = new PlanServer(context, output);
  const dashboard = new Dashboard(planServer);
  server = planServer;
  context.subscriptions.push(
    output,
    planServer,
    dashboard,
    vscode.commands.registerCommand('plan.generateDocuments', (uri?: vscode.Uri) =>
      generateDocumentsCommand(planServer, output, uri),
    ),
    vscode.commands.registerCommand('plan.openDashboard', (uri?: vscode.Uri) => dashboard.show(uri)),
    vscode.commands.registerCommand('plan.restartServer', () => startServer(planServer, output, true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('plan.java.home')) {
        void startServer(planServer, output, true);
      }
    }),
  );
  // Not awaited: activation stays quick while Java is found and the server initializes.
  void startServer(planServer, output, false);
}

export function deactivate(): Promise<void> | undefined {
  return server?.stop();
}
