/**
 * The server's `plan.generate` command (README): arguments `[documentUri, outputFolder, options?]` with
 * options `{ formats?, force? }`; the answer is the absolute paths of the files written. `file:` URIs and an
 * object holding them (`{ files: [...] }`) are read too, so a server that answers in either form still works.
 */
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server-side command that writes a plan's outputs. */
export const GENERATE_COMMAND = 'plan.generate';

export interface GenerateOptions {
  /** Output formats (`md`, `dashboard`, …); all when absent. */
  readonly formats?: readonly string[];
  /** Generate even when the plan has errors, which the server otherwise refuses. */
  readonly force?: boolean;
}

/** What the dashboard view asks for: only the dashboard, so a save rewrites one file and not the DOCX. */
export const DASHBOARD_OPTIONS: GenerateOptions = { formats: ['dashboard'], force: true };

/** The arguments of `plan.generate`; options only when they say something, so older servers understand it. */
export function generateArguments(documentUri: string, outputFolder: string, options: GenerateOptions = {}): unknown[] {
  const written: { formats?: string[]; force?: true } = {};
  if (options.formats?.length) {
    written.formats = [...options.formats];
  }
  if (options.force) {
    written.force = true;
  }
  return Object.keys(written).length ? [documentUri, outputFolder, written] : [documentUri, outputFolder];
}

/** LSP's RequestFailed: the server refused, e.g. a plan with errors that was not forced. */
const REQUEST_FAILED = -32803;

/** Whether a `plan.generate` failure is the refusal of a plan with errors, which forcing overrides. */
export function isRefusedForErrors(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === REQUEST_FAILED && typeof message === 'string' && /\bforce\b/.test(message);
}

/** The absolute paths in a `plan.generate` answer; throws when the answer holds none in a known form. */
export function generatedPaths(answer: unknown, outputFolder: string): string[] {
  const list = Array.isArray(answer) ? answer : listIn(answer);
  if (!list || !list.every((item): item is string => typeof item === 'string')) {
    throw new Error(`the language server answered ${GENERATE_COMMAND} with ${JSON.stringify(answer)}, not a list of paths`);
  }
  return list.map((item) => {
    const path = item.startsWith('file:') ? fileURLToPath(item) : item;
    return isAbsolute(path) ? path : resolve(outputFolder, path);
  });
}

function listIn(answer: unknown): unknown[] | undefined {
  if (answer && typeof answer === 'object') {
    const { files, paths } = answer as { files?: unknown; paths?: unknown };
    const list = files ?? paths;
    return Array.isArray(list) ? list : undefined;
  }
  return undefined;
}

/** The dashboard among the written files (`<Name>.dashboard.html`). */
export function dashboardOf(paths: readonly string[]): string | undefined {
  return paths.find((path) => basename(path).endsWith('.dashboard.html'));
}

/** The written files as short names for a message: relative to the output folder, at most `max` of them. */
export function summarizePaths(paths: readonly string[], outputFolder: string, max = 6): string {
  const names = paths.map((path) => {
    const name = relative(outputFolder, path);
    return name.startsWith('..') || isAbsolute(name) ? path : name;
  });
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, … (+${names.length - max})`;
}
