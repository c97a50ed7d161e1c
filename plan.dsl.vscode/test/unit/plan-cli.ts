/**
 * The language's command line (plan.dsl.cli/target/plan.jar, built by the Maven build), for checking that what
 * the extension ships parses as the grammar says. Tests skip without it, unless PLAN_REQUIRE_CLI=1 (build.sh
 * sets it), where its absence fails them.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TestContext } from 'node:test';
import { findJava, javaCandidates } from '../../src/java';
import { EXTENSION_ROOT } from './tokenize';

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
}

export interface PlanCli {
  validate(files: readonly string[]): Promise<Diagnostic[]>;
}

export const CLI_JAR = process.env.PLAN_CLI_JAR ?? join(EXTENSION_ROOT, '..', 'plan.dsl.cli', 'target', 'plan.jar');

/** The command line, or why it cannot run here. */
export async function planCli(): Promise<PlanCli | string> {
  if (!existsSync(CLI_JAR)) {
    return `${CLI_JAR} is missing (build it with ./mvnw -pl plan.dsl.cli -am package)`;
  }
  const search = await findJava(javaCandidates(undefined, process.env));
  const java = search.found?.candidate.executable;
  if (!java) {
    return 'no Java 21+ in JAVA_HOME or on the PATH';
  }
  return {
    validate: (files) =>
      new Promise((resolve, reject) => {
        // Exit code 1 means "errors found"; the JSON on stdout is the answer either way.
        execFile(java, ['-jar', CLI_JAR, 'validate', '--format', 'json', ...files], { maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
          try {
            resolve(JSON.parse(stdout) as Diagnostic[]);
          } catch {
            reject(new Error(`plan validate failed: ${error?.message ?? ''}\n${stderr}`));
          }
        });
      }),
  };
}

/** The command line for a test, or undefined after marking the test skipped (failed, under PLAN_REQUIRE_CLI=1). */
export async function cliOrSkip(t: TestContext): Promise<PlanCli | undefined> {
  const cli = await planCli();
  if (typeof cli !== 'string') {
    return cli;
  }
  if (process.env.PLAN_REQUIRE_CLI === '1') {
    throw new Error(`PLAN_REQUIRE_CLI=1 but the plan command line cannot run: ${cli}`);
  }
  t.skip(cli);
  return undefined;
}
