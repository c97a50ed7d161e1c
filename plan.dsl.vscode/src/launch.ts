/** The command line that starts the language server: plain stdio, as other editors start it (README). */
export interface ServerLaunch {
  readonly command: string;
  readonly args: readonly string[];
}

export function serverLaunch(java: string, jar: string): ServerLaunch {
  return { command: java, args: ['-jar', jar] };
}
