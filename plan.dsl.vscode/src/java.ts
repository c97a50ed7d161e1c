/**
 * Finding a Java 21+ to run the language server: the `plan.java.home` setting, then JAVA_HOME, then `java`
 * on the PATH; the first one that runs and is new enough wins. No VS Code API here, so it is unit-tested.
 */
import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The server's jar is compiled for Java 21 (maven.compiler.release in the root pom). */
export const MINIMUM_JAVA = 21;

export interface JavaCandidate {
  /** Where it came from, as the user knows it. */
  readonly origin: string;
  readonly executable: string;
}

export interface JavaProbe {
  readonly candidate: JavaCandidate;
  /** The feature release (17, 21, 25), when `java -version` ran and could be read. */
  readonly major?: number;
  /** Why it cannot be used, when it cannot. */
  readonly problem?: string;
}

export interface JavaSearch {
  /** The Java to use; undefined when none qualifies. */
  readonly found?: JavaProbe;
  /** Every candidate, in the order tried, for the message when none qualifies. */
  readonly probes: readonly JavaProbe[];
}

/** Runs `<executable> -version` and returns what it printed (Java prints the version to stderr). */
export type VersionRunner = (executable: string) => Promise<string>;

function javaIn(home: string, platform: NodeJS.Platform): string {
  const expanded = home === '~' || home.startsWith('~/') ? join(homedir(), home.slice(1)) : home;
  return join(expanded, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

/** The candidates in the order the extension tries them; blank settings and variables are skipped. */
export function javaCandidates(
  settingHome: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): JavaCandidate[] {
  const candidates: JavaCandidate[] = [];
  if (settingHome?.trim()) {
    candidates.push({ origin: `plan.java.home (${settingHome.trim()})`, executable: javaIn(settingHome.trim(), platform) });
  }
  const javaHome = env.JAVA_HOME?.trim();
  if (javaHome) {
    candidates.push({ origin: `JAVA_HOME (${javaHome})`, executable: javaIn(javaHome, platform) });
  }
  candidates.push({ origin: 'java on the PATH', executable: platform === 'win32' ? 'java.exe' : 'java' });
  return candidates;
}

/**
 * The feature release in `java -version` output: `openjdk version "21.0.2"` gives 21, `"1.8.0_392"` gives 8,
 * `"25-ea"` gives 25. Lines such as "Picked up JAVA_TOOL_OPTIONS" before it are skipped.
 */
export function parseJavaVersion(output: string): number | undefined {
  const quoted = /version "([^"]+)"/.exec(output)?.[1];
  const match = quoted ? /^(\d+)(?:\.(\d+))?/.exec(quoted) : null;
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The real runner: a child process with a time limit, so a hanging `java` never blocks activation. */
export const runJavaVersion: VersionRunner = async (executable) => {
  const { stdout, stderr } = await promisify(execFile)(executable, ['-version'], { timeout: 15_000, windowsHide: true });
  return `${stderr}${stdout}`;
};

async function probe(candidate: JavaCandidate, run: VersionRunner): Promise<JavaProbe> {
  let output: string;
  try {
    output = await run(candidate.executable);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      return { candidate, problem: 'not found' };
    }
    const reason = (failure.stderr?.trim() || failure.message).split('\n')[0];
    return { candidate, problem: `does not run (${reason})` };
  }
  const major = parseJavaVersion(output);
  if (major === undefined) {
    return { candidate, problem: 'printed no version it could read' };
  }
  return major >= MINIMUM_JAVA ? { candidate, major } : { candidate, major, problem: `Java ${major}, too old` };
}

/** Tries the candidates in order and stops at the first Java 21+. */
export async function findJava(candidates: readonly JavaCandidate[], run: VersionRunner = runJavaVersion): Promise<JavaSearch> {
  const probes: JavaProbe[] = [];
  for (const candidate of candidates) {
    const result = await probe(candidate, run);
    probes.push(result);
    if (!result.problem) {
      return { found: result, probes };
    }
  }
  return { probes };
}

/** Formats a message template with `{0}`-style arguments; the extension passes `vscode.l10n.t` instead. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

const format: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

/** What to tell the user when no candidate qualifies: what was checked, what to install, what to set. */
export function missingJavaMessage(probes: readonly JavaProbe[], translate: Translate = format): string {
  const checked = probes.map((p) => `${p.candidate.origin}: ${p.problem ?? `Java ${p.major}`}`).join('; ');
  return translate(
    'Plan needs Java {0} or newer to run its language server, and none was found. Checked {1}. Install a JDK {0} ' +
      'or newer (for example Eclipse Temurin {0}) and set "plan.java.home" to its folder, or point JAVA_HOME to it ' +
      'and restart VS Code.',
    MINIMUM_JAVA,
    checked,
  );
}
