/**
 * Just enough of the `vscode` module to activate the extension in Node and watch what it does: the commands
 * it registers, the messages it shows, the commands it runs. Anything else it touches (vscode-languageclient
 * reads many names when loaded) is an inert stand-in.
 */
import Module from 'node:module';

type Listener = (...args: unknown[]) => unknown;

export interface Message {
  readonly severity: 'error' | 'warning' | 'information';
  readonly text: string;
  readonly items: readonly string[];
}

const inert: unknown = new Proxy(class {}, {
  get: (target, property) => (property in target ? (target as unknown as Record<PropertyKey, unknown>)[property] : inert),
});

const disposable = { dispose: (): void => undefined };
const noEvent = (): typeof disposable => disposable;

export class FakeVscode {
  readonly commands = new Map<string, Listener>();
  readonly messages: Message[] = [];
  readonly executed: unknown[][] = [];
  /** `plan.*` settings, without the prefix. */
  settings: Record<string, unknown> = {};
  /** The button the user "clicks" on the next message, if any. */
  answer?: string;

  reset(): void {
    this.commands.clear();
    this.messages.length = 0;
    this.executed.length = 0;
    this.settings = {};
    this.answer = undefined;
  }

  /** Resolves once a message has been shown. */
  async nextMessage(timeoutMs = 20_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length === 0) {
      if (Date.now() > deadline) {
        throw new Error('no message was shown');
      }
      await new Promise((wake) => setTimeout(wake, 20));
    }
    return this.messages[0];
  }

  private show(severity: Message['severity']) {
    return (text: string, ...items: string[]): Promise<string | undefined> => {
      this.messages.push({ severity, text, items });
      return Promise.resolve(this.answer !== undefined && items.includes(this.answer) ? this.answer : undefined);
    };
  }

  module(): unknown {
    const api: Record<string, unknown> = {
      l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) },
      Uri: class Uri {},
      ViewColumn: { Beside: -2 },
      ProgressLocation: { Notification: 15 },
      window: {
        createOutputChannel: () => ({ append: noEvent, appendLine: noEvent, show: noEvent, dispose: noEvent }),
        showErrorMessage: this.show('error'),
        showWarningMessage: this.show('warning'),
        showInformationMessage: this.show('information'),
        activeTextEditor: undefined,
      },
      workspace: {
        getConfiguration: () => ({ get: (key: string) => this.settings[key] }),
        createFileSystemWatcher: () => ({ ...disposable, onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent }),
        onDidSaveTextDocument: noEvent,
        onDidChangeConfiguration: noEvent,
      },
      commands: {
        registerCommand: (id: string, run: Listener) => {
          this.commands.set(id, run);
          return disposable;
        },
        executeCommand: (...args: unknown[]) => {
          this.executed.push(args);
          return Promise.resolve(undefined);
        },
      },
    };
    return new Proxy(api, { get: (target, property: string) => (property in target ? target[property] : inert) });
  }

  /** Makes `require('vscode')` return this fake, for every module loaded from now on. */
  install(): void {
    const fake = this.module();
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = loader._load;
    loader._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? fake : load.call(this, request, ...rest);
    };
  }
}
