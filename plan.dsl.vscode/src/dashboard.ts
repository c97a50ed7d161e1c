/**
 * "Plan: Open dashboard": one webview beside the editor showing the generated `<Name>.dashboard.html` of a
 * plan, generated again each time that plan is saved. Only the dashboard is written, and also for a plan with
 * errors: it is a live view while editing, and it lists the plan's open problems itself.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { messagePage, withContentSecurityPolicy } from './dashboardHtml';
import { generate, planDocument } from './generate';
import { DASHBOARD_OPTIONS, dashboardOf } from './generated';
import { PlanServer } from './server';

export class Dashboard implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private plan?: vscode.Uri;
  /** Renders run one after another, so a save during a generation never shows an older dashboard last. */
  private rendering: Promise<void> = Promise.resolve();
  private readonly onSave: vscode.Disposable;

  constructor(private readonly server: PlanServer) {
    this.onSave = vscode.workspace.onDidSaveTextDocument((document) => {
      if (this.panel && document.uri.toString() === this.plan?.toString()) {
        void this.render(document);
      }
    });
  }

  /** Shows the dashboard of the plan the command is about. */
  async show(uri?: vscode.Uri): Promise<void> {
    const document = await planDocument(uri);
    if (!document) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a .plan file to see its dashboard.'));
      return;
    }
    this.plan = document.uri;
    const panel = this.panel ?? this.createPanel();
    panel.title = vscode.l10n.t('Dashboard: {0}', basename(document.uri.fsPath));
    panel.reveal(vscode.ViewColumn.Beside, true);
    await this.render(document);
  }

  dispose(): void {
    this.onSave.dispose();
    this.panel?.dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      'plan.dashboard',
      vscode.l10n.t('Dashboard'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // The dashboard is self-contained: its inline scripts may run, but it reads no file and runs no command.
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [], enableFindWidget: true },
    );
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.plan = undefined;
    });
    this.panel = panel;
    return panel;
  }

  private render(document: vscode.TextDocument): Promise<void> {
    this.rendering = this.rendering.then(() => this.renderNow(document));
    return this.rendering;
  }

  private async renderNow(document: vscode.TextDocument): Promise<void> {
    let html: string;
    try {
      const { paths } = await generate(this.server, document, DASHBOARD_OPTIONS);
      const dashboard = dashboardOf(paths);
      html = dashboard
        ? withContentSecurityPolicy(await readFile(dashboard, 'utf8'))
        : messagePage(
            vscode.l10n.t('No dashboard'),
            vscode.l10n.t('The language server wrote no .dashboard.html; it wrote: {0}', paths.join(', ') || '—'),
          );
    } catch (error) {
      html = messagePage(
        vscode.l10n.t('The dashboard could not be generated'),
        error instanceof Error ? error.message : String(error),
      );
    }
    // The panel may have been closed, or moved to another plan, while the server worked.
    if (this.panel && this.plan?.toString() === document.uri.toString()) {
      this.panel.webview.html = html;
    }
  }
}
