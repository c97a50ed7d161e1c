/** Where generated documents go: the `plan.outputFolder` setting, resolved the way VS Code users expect. */
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export const DEFAULT_OUTPUT_FOLDER = 'plan-out';

/**
 * The absolute output folder for a plan.
 *
 * @param setting `plan.outputFolder`: blank for `<workspace>/plan-out`; may be absolute, start with `~`, hold
 *        `${workspaceFolder}`, or be relative to the workspace folder
 * @param workspaceFolder the folder of the workspace that holds the plan, if any
 * @param planFile the plan's file path; without a workspace, relative folders are taken from its folder
 */
export function resolveOutputFolder(setting: string | undefined, workspaceFolder: string | undefined, planFile: string): string {
  const base = workspaceFolder ?? dirname(planFile);
  let folder = setting?.trim() || DEFAULT_OUTPUT_FOLDER;
  folder = folder.replace(/\$\{workspaceFolder\}/g, base);
  if (folder === '~' || folder.startsWith('~/')) {
    folder = join(homedir(), folder.slice(1));
  }
  return isAbsolute(folder) ? resolve(folder) : resolve(base, folder);
}
