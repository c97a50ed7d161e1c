import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import {
  DASHBOARD_OPTIONS,
  dashboardOf,
  GENERATE_COMMAND,
  generateArguments,
  GenerateOptions,
  generatedPaths,
  isRefusedForErrors,
} from '../../src/generated';
import { resolveOutputFolder } from '../../src/outputFolder';
import { javaForServerOrSkip, PlanServerProcess } from './plan-server';
import { EXTENSION_ROOT } from './tokenize';

/** A complete plan with Chinese keywords: no diagnostics (examples/README.md). */
const KICKOFF = readFileSync(join(EXTENSION_ROOT, '..', 'examples', 'twins', 'kickoff.zh.plan'), 'utf8');

describe('the language server jar, started as the extension starts it', () => {
  it('checks plans as they are opened, and writes the outputs plan.generate is asked for', async (t: TestContext) => {
    const java = await javaForServerOrSkip(t);
    if (!java) {
      return;
    }
    const workspace = mkdtempSync(join(tmpdir(), 'plan-workspace-'));
    // A Chinese file name: VS Code sends it percent-encoded, as pathToFileURL does.
    const complete = join(workspace, '少儿阅读角.plan');
    const broken = join(workspace, 'broken.plan');
    writeFileSync(complete, KICKOFF, 'utf8');
    const brokenText = KICKOFF.replace('方案 Kickoff', '方案 Broken').replace(/支撑 G1\n/, '支撑 G9\n');
    assert.notEqual(brokenText, KICKOFF);
    writeFileSync(broken, brokenText, 'utf8');

    const server = await PlanServerProcess.start(java, workspace);
    try {
      const completeUri = pathToFileURL(complete).href;
      const brokenUri = pathToFileURL(broken).href;
      await server.open(completeUri, KICKOFF);
      await server.open(brokenUri, brokenText);

      await t.test('a complete plan gets no diagnostics', async () => {
        assert.deepEqual(await server.diagnosticsOf(completeUri, () => true), []);
      });

      await t.test('an unresolved reference is reported with its code on its line', async () => {
        const found = await server.diagnosticsOf(brokenUri, (list) => list.length > 0);
        const unresolved = found.filter((d) => d.code === 'reference.unresolved');
        assert.equal(unresolved.length, 1, JSON.stringify(found));
        assert.equal(unresolved[0].range.start.line, brokenText.split('\n').findIndex((line) => line.includes('支撑 G9')));
      });

      const commands = server.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
      const offered = commands.includes(GENERATE_COMMAND);
      const notOffered = `the server does not offer ${GENERATE_COMMAND} (it offers: ${commands.join(', ') || 'no command'})`;
      const folder = resolveOutputFolder(undefined, workspace, complete);
      const generate = (uri: string, options?: GenerateOptions): Promise<unknown> =>
        server.connection.sendRequest(ExecuteCommandRequest.type, {
          command: GENERATE_COMMAND,
          arguments: generateArguments(uri, folder, options),
        });

      await t.test('plan.generate, as Generate documents sends it, writes every output into the folder', async (sub: TestContext) => {
        if (!offered) {
          sub.skip(notOffered);
          return;
        }
        const paths = generatedPaths(await generate(completeUri), folder);
        assert.ok(paths.length > 1, paths.join(', '));
        for (const path of paths) {
          assert.ok(path.startsWith(folder) && existsSync(path), path);
        }
      });

      await t.test('plan.generate refuses a plan with errors in a way the extension recognises, and forced writes it', async (sub: TestContext) => {
        if (!offered) {
          sub.skip(notOffered);
          return;
        }
        await assert.rejects(generate(brokenUri), (error) => isRefusedForErrors(error));
        assert.ok(generatedPaths(await generate(brokenUri, { force: true }), folder).length > 0);
      });

      await t.test('plan.generate, as the dashboard view sends it, writes only the dashboard', async (sub: TestContext) => {
        if (!offered) {
          sub.skip(notOffered);
          return;
        }
        let answer: unknown;
        try {
          answer = await generate(completeUri, DASHBOARD_OPTIONS);
        } catch (error) {
          if (/Unknown format 'dashboard'/.test(String((error as Error).message))) {
            sub.skip(`the server has no dashboard output yet: ${(error as Error).message}`);
            return;
          }
          throw error;
        }
        const paths = generatedPaths(answer, folder);
        const dashboard = dashboardOf(paths);
        assert.ok(dashboard, `a .dashboard.html among ${paths.join(', ')}`);
        assert.deepEqual(paths, [dashboard]);
        assert.match(readFileSync(dashboard, 'utf8'), /少儿阅读角启用项目/);
      });
    } finally {
      await server.stop();
    }
  });
});
