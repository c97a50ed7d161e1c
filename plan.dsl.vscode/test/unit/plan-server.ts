/**
 * The language server jar driven over stdio the way the extension starts it (src/launch.ts, src/java.ts),
 * with the LSP library vscode-languageclient itself uses. Skipped without the jar, unless PLAN_REQUIRE_SERVER=1
 * (build.sh sets it when it has the jar), where its absence fails the test.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  Diagnostic,
  InitializeRequest,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { findJava, javaCandidates } from '../../src/java';
import { serverLaunch } from '../../src/launch';
import { EXTENSION_ROOT } from './tokenize';

export const SERVER_JAR =
  process.env.PLAN_LS_JAR ?? join(EXTENSION_ROOT, '..', 'plan.dsl.ide.server', 'target', 'plan-language-server.jar');

const TIMEOUT_MS = 90_000;

export class PlanServerProcess {
  readonly connection: ProtocolConnection;
  initializeResult?: InitializeResult;
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiting: Array<() => void> = [];
  private stderr = '';

  private constructor(private readonly child: ChildProcess) {
    if (!child.stdout || !child.stdin || !child.stderr) {
      throw new Error('the server process has no stdio');
    }
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(decodeURIComponent(params.uri), params.diagnostics);
      this.waiting.splice(0).forEach((wake) => wake());
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.connection.listen();
  }

  /** Starts the server with `java` and initializes it with `workspace` as its only folder. */
  static async start(java: string, workspace: string): Promise<PlanServerProcess> {
    const launch = serverLaunch(java, SERVER_JAR);
    const server = new PlanServerProcess(spawn(launch.command, [...launch.args], { stdio: 'pipe' }));
    const rootUri = pathToFileURL(workspace).href;
    server.initializeResult = await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'plans' }],
      capabilities: { workspace: { executeCommand: {}, workspaceFolders: true }, textDocument: { publishDiagnostics: {} } },
    });
    await server.connection.sendNotification('initialized', {});
    return server;
  }

  async open(uri: string, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plan', version: 1, text } });
  }

  /** The first diagnostics published for `uri` that satisfy `wanted`. */
  async diagnosticsOf(uri: string, wanted: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const current = this.diagnostics.get(decodeURIComponent(uri));
      if (current && wanted(current)) {
        return current;
      }
      if (Date.now() > deadline) {
        throw new Error(`no wanted diagnostics for ${uri}; last: ${JSON.stringify(current)}\nstderr:\n${this.stderr}`);
      }
      await new Promise<void>((wake) => {
        this.waiting.push(wake);
        setTimeout(wake, 1_000);
      });
    }
  }

  /** Shuts the server down politely, then for sure. */
  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((wake) => setTimeout(wake, 5_000))]);
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) {
        this.child.kill();
      }
    }
  }
}

/** A Java to run the server with, or undefined after marking the test skipped (failed, under PLAN_REQUIRE_SERVER=1). */
export async function javaForServerOrSkip(t: TestContext): Promise<string | undefined> {
  const search = await findJava(javaCandidates(undefined, process.env));
  const reason = !existsSync(SERVER_JAR)
    ? `${SERVER_JAR} is missing (the Maven build makes it)`
    : search.found
      ? undefined
      : 'no Java 21+ in JAVA_HOME or on the PATH';
  if (!reason) {
    return search.found?.candidate.executable;
  }
  if (process.env.PLAN_REQUIRE_SERVER === '1') {
    throw new Error(`PLAN_REQUIRE_SERVER=1 but the language server cannot run: ${reason}`);
  }
  t.skip(reason);
  return undefined;
}
