/**
 * The bundled language server: `java -jar server/plan-language-server.jar` over stdio, with the Java that
 * `plan.java.home`, JAVA_HOME or the PATH provides. Started once, on first use; restarted when the Java setting
 * changes or the user asks.
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { findJava, javaCandidates, missingJavaMessage } from './java';
import { serverLaunch } from './launch';

/** Where packaging puts the server jar inside the extension (build.sh copies it there). */
export const SERVER_JAR = 'server/plan-language-server.jar';

/** The server cannot run; the message says why and what to do. */
export class ServerUnavailable extends Error {
  /** The setting that fixes it, for an "Open Settings" button. */
  readonly setting?: string;

  constructor(message: string, setting?: string) {
    super(message);
    this.setting = setting;
  }
}

export class PlanServer implements vscode.Disposable {
  private running?: Promise<LanguageClient>;
  /** Tells the server about .plan files changed outside the editor, which other plans may refer to. */
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.plan');

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {}

  /**
   * The running client, started on first use. A failed start is remembered, so that commands report it
   * without trying again on every call; {@link restart} tries again.
   */
  client(): Promise<LanguageClient> {
    this.running ??= this.start();
    return this.running;
  }

  async restart(): Promise<LanguageClient> {
    await this.stop();
    return this.client();
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    const client = await running?.catch(() => undefined);
    await client?.stop();
  }

  dispose(): void {
    void this.stop();
    this.watcher.dispose();
  }

  private async start(): Promise<LanguageClient> {
    const jar = this.context.asAbsolutePath(SERVER_JAR);
    if (!existsSync(jar)) {
      throw new ServerUnavailable(
        vscode.l10n.t(
          'This copy of the Plan extension has no language server ({0} is missing). Install a .vsix built with the server jar.',
          jar,
        ),
      );
    }
    const setting = vscode.workspace.getConfiguration('plan').get<string>('java.home');
    const search = await findJava(javaCandidates(setting, process.env));
    for (const probe of search.probes) {
      this.output.appendLine(`Java from ${probe.candidate.origin}: ${probe.problem ?? `Java ${probe.major}, used`}`);
    }
    if (!search.found) {
      throw new ServerUnavailable(missingJavaMessage(search.probes, vscode.l10n.t), 'plan.java.home');
    }
    const launch = serverLaunch(search.found.candidate.executable, jar);
    // No transport option: the client would add --stdio, and stdio is the server's default anyway.
    const serverOptions: ServerOptions = { command: launch.command, args: [...launch.args] };
    const clientOptions: LanguageClientOptions = {
      // Only files: the server resolves references across the files of a workspace folder.
      documentSelector: [{ scheme: 'file', language: 'plan' }],
      synchronize: { fileEvents: this.watcher },
      outputChannel: this.output,
    };
    const client = new LanguageClient('plan', vscode.l10n.t('Plan Language Server'), serverOptions, clientOptions);
    try {
      await client.start();
    } catch (error) {
      throw new ServerUnavailable(
        vscode.l10n.t('The Plan language server did not start: {0}. Its log is in the "Plan" output.', String(error)),
      );
    }
    return client;
  }
}

/** Tells the user why the server is not running, with a button to the setting that fixes it. */
export async function reportUnavailable(error: unknown, output: vscode.OutputChannel): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  output.appendLine(message);
  const openSettings = vscode.l10n.t('Open Settings');
  const setting = error instanceof ServerUnavailable ? error.setting : undefined;
  const choice = await vscode.window.showErrorMessage(message, ...(setting ? [openSettings] : []));
  if (choice === openSettings && setting) {
    await vscode.commands.executeCommand('workbench.action.openSettings', setting);
  }
}
