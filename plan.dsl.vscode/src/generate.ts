/** "Plan: Generate documents": asks the server to write a plan's outputs and shows what it wrote. */
import { basename, extname } from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { GENERATE_COMMAND, GenerateOptions, dashboardOf, generateArguments, generatedPaths, isRefusedForErrors, summarizePaths } from './generated';
import { resolveOutputFolder } from './outputFolder';
import { PlanServer, ServerUnavailable, reportUnavailable } from './server';

export interface Generation {
  readonly folder: string;
  readonly paths: readonly string[];
}

/** Outputs VS Code shows as text; the others (HTML, DOCX, SVG) open in the program the system has for them. */
const TEXT_OUTPUTS = new Set(['.md', '.json', '.csv', '.ics']);

/** The plan a command is about: the file it was invoked on (explorer, editor title), else the active editor. */
export async function planDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) {
    return vscode.workspace.openTextDocument(uri);
  }
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'plan' ? document : undefined;
}

function outputFolderOf(document: vscode.TextDocument): string {
  if (document.uri.scheme !== 'file') {
    throw new Error(vscode.l10n.t('Save the plan to a file first: only saved plans can be generated.'));
  }
  const setting = vscode.workspace.getConfiguration('plan', document.uri).get<string>('outputFolder');
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri;
  return resolveOutputFolder(setting, workspaceFolder?.scheme === 'file' ? workspaceFolder.fsPath : undefined, document.uri.fsPath);
}

/** Runs the server's `plan.generate` on the plan as the editor has it (saved or not). */
export async function generate(server: PlanServer, document: vscode.TextDocument, options?: GenerateOptions): Promise<Generation> {
  const folder = outputFolderOf(document);
  const client = await server.client();
  const answer: unknown = await client.sendRequest(ExecuteCommandRequest.type, {
    command: GENERATE_COMMAND,
    arguments: generateArguments(document.uri.toString(), folder, options),
  });
  return { folder, paths: generatedPaths(answer, folder) };
}

async function openOutput(path: string): Promise<void> {
  const uri = vscode.Uri.file(path);
  if (TEXT_OUTPUTS.has(extname(path).toLowerCase())) {
    await vscode.window.showTextDocument(uri, { preview: true });
  } else {
    await vscode.env.openExternal(uri);
  }
}

async function pickAndOpen(generation: Generation): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    generation.paths.map((path) => ({ label: basename(path), description: path, path })),
    { placeHolder: vscode.l10n.t('Open a generated file') },
  );
  if (picked) {
    await openOutput(picked.path);
  }
}

/**
 * Generates with a progress notification; reports a failure and answers undefined. A plan with errors is
 * refused by the server, as by the command line; the user may then generate it anyway.
 */
async function generateWithProgress(
  server: PlanServer,
  output: vscode.OutputChannel,
  document: vscode.TextDocument,
  options: GenerateOptions,
): Promise<Generation | undefined> {
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Generating the documents of {0}…', basename(document.uri.fsPath)) },
      () => generate(server, document, options),
    );
  } catch (error) {
    if (error instanceof ServerUnavailable) {
      await reportUnavailable(error, output);
      return undefined;
    }
    const message = error instanceof Error ? error.message : String(error);
    output.appendLine(message);
    const anyway = vscode.l10n.t('Generate anyway');
    const refused = isRefusedForErrors(error) && !options.force;
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t('Generating the documents failed: {0}', message),
      ...(refused ? [anyway] : []),
    );
    return choice === anyway ? generateWithProgress(server, output, document, { ...options, force: true }) : undefined;
  }
}

/** The command: generate with progress, list the paths in the output, offer to open them or the dashboard. */
export async function generateDocumentsCommand(server: PlanServer, output: vscode.OutputChannel, uri?: vscode.Uri): Promise<void> {
  const document = await planDocument(uri);
  if (!document) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a .plan file to generate its documents.'));
    return;
  }
  const generation = await generateWithProgress(server, output, document, {});
  if (!generation) {
    return;
  }
  output.appendLine(`${document.uri.fsPath} → ${generation.folder}`);
  generation.paths.forEach((path) => output.appendLine(`  ${path}`));
  if (generation.paths.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The language server wrote no files for {0}.', basename(document.uri.fsPath)));
    return;
  }
  const showFiles = vscode.l10n.t('Open a file…');
  const openDashboard = vscode.l10n.t('Open dashboard');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Wrote {0} files to {1}: {2}', generation.paths.length, generation.folder, summarizePaths(generation.paths, generation.folder)),
    showFiles,
    ...(dashboardOf(generation.paths) ? [openDashboard] : []),
  );
  if (choice === showFiles) {
    await pickAndOpen(generation);
  } else if (choice === openDashboard) {
    await vscode.commands.executeCommand('plan.openDashboard', document.uri);
  }
}
