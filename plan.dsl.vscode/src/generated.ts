/**
 * Reading the answer of the server's `plan.generate` command. The contract (README): arguments
 * `[documentUri, outputFolder]`, answer the absolute paths of the files written. `file:` URIs and an object
 * holding them (`{ files: [...] }`) are read too, so a server that answers in either form still works.
 */
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server-side command that writes a plan's outputs. */
export const GENERATE_COMMAND = 'plan.generate';

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
