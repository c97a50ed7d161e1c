import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { FakeVscode } from './fake-vscode';
import { EXTENSION_ROOT } from './tokenize';

interface Manifest {
  contributes: {
    commands: Array<{ command: string }>;
    menus: Record<string, Array<{ command: string }>>;
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'package.json'), 'utf8')) as Manifest;
const vscode = new FakeVscode();
vscode.install();
// Loaded after the fake is in place, as VS Code loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require('../../src/extension') as typeof import('../../src/extension');

function extensionFolder(withJar: boolean): string {
  const folder = mkdtempSync(join(tmpdir(), 'plan-extension-'));
  if (withJar) {
    mkdirSync(join(folder, 'server'));
    writeFileSync(join(folder, 'server', 'plan-language-server.jar'), 'not run: no Java 21 is found');
  }
  return folder;
}

function fakeJdk(version: string): string {
  const home = mkdtempSync(join(tmpdir(), 'plan-jdk-'));
  mkdirSync(join(home, 'bin'));
  writeFileSync(join(home, 'bin', 'java'), `#!/bin/sh\necho 'openjdk version "${version}" 2025-04-15' >&2\n`);
  chmodSync(join(home, 'bin', 'java'), 0o755);
  return home;
}

function activate(folder: string): { subscriptions: Array<{ dispose(): unknown }> } {
  const context = { subscriptions: [] as Array<{ dispose(): unknown }>, asAbsolutePath: (path: string) => join(folder, path) };
  extension.activate(context as unknown as Parameters<typeof extension.activate>[0]);
  return context;
}

describe('activating the extension', { skip: process.platform === 'win32' && 'fake JDKs are shell scripts' }, () => {
  const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
  let context: { subscriptions: Array<{ dispose(): unknown }> } | undefined;

  beforeEach(() => vscode.reset());
  afterEach(async () => {
    context?.subscriptions.forEach((s) => s.dispose());
    await extension.deactivate();
    Object.assign(process.env, saved);
  });

  it('registers every command the manifest contributes, and the menus name only those', () => {
    context = activate(extensionFolder(false));
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual([...vscode.commands.keys()].sort(), contributed);
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries) {
        assert.ok(contributed.includes(entry.command), `${menu} names ${entry.command}`);
      }
    }
    for (const setting of ['plan.java.home', 'plan.outputFolder', 'plan.trace.server']) {
      assert.ok(setting in manifest.contributes.configuration.properties, setting);
    }
  });

  it('says so when the extension was packaged without its server', async () => {
    context = activate(extensionFolder(false));
    const message = await vscode.nextMessage();
    assert.equal(message.severity, 'error');
    assert.match(message.text, /no language server \(.*server\/plan-language-server\.jar is missing\)/);
    assert.deepEqual(message.items, []);
  });

  it('names every Java it checked when none is 21+, and opens the setting on request', async () => {
    const old = fakeJdk('17.0.15');
    vscode.settings['java.home'] = old;
    process.env.JAVA_HOME = fakeJdk('11.0.2');
    process.env.PATH = mkdtempSync(join(tmpdir(), 'plan-empty-path-'));
    vscode.answer = 'Open Settings';
    context = activate(extensionFolder(true));
    const message = await vscode.nextMessage();
    assert.equal(message.severity, 'error');
    assert.match(message.text, /needs Java 21 or newer/);
    assert.match(message.text, new RegExp(`plan\\.java\\.home \\(${old}\\): Java 17, too old`));
    assert.match(message.text, /JAVA_HOME \(.*\): Java 11, too old/);
    assert.match(message.text, /java on the PATH: not found/);
    assert.deepEqual(message.items, ['Open Settings']);
    for (let i = 0; i < 100 && vscode.executed.length === 0; i++) {
      await new Promise((wake) => setTimeout(wake, 10));
    }
    assert.deepEqual(vscode.executed, [['workbench.action.openSettings', 'plan.java.home']]);
  });

  it('asks for a plan when a command runs with no plan open', async () => {
    context = activate(extensionFolder(false));
    await vscode.nextMessage();
    vscode.messages.length = 0;
    await vscode.commands.get('plan.generateDocuments')?.();
    await vscode.commands.get('plan.openDashboard')?.();
    assert.deepEqual(
      vscode.messages.map((m) => `${m.severity}: ${m.text}`),
      ['warning: Open a .plan file to generate its documents.', 'warning: Open a .plan file to see its dashboard.'],
    );
  });
});
