/** Tokenizes text with the committed TextMate grammar, as VS Code does (vscode-textmate on Oniguruma). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, Registry, parseRawGrammar } from 'vscode-textmate';

export const EXTENSION_ROOT = join(__dirname, '..', '..', '..');
export const GRAMMAR_PATH = join(EXTENSION_ROOT, 'syntaxes', 'plan.tmLanguage.json');

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: Promise<IGrammar> | undefined;

function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: () => Promise.resolve(parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)),
    });
    const loaded = await registry.loadGrammar('source.plan');
    if (!loaded) {
      throw new Error(`no grammar in ${GRAMMAR_PATH}`);
    }
    return loaded;
  })();
  return grammar;
}

/** The tokens of `text`, line by line, blanks left out. */
export async function tokenize(text: string): Promise<Token[]> {
  const planGrammar = await loadGrammar();
  const tokens: Token[] = [];
  let state = INITIAL;
  for (const line of text.split('\n')) {
    const result = planGrammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const piece = line.substring(token.startIndex, token.endIndex);
      if (piece.trim() !== '') {
        tokens.push({ text: piece, scopes: token.scopes });
      }
    }
    state = result.ruleStack;
  }
  return tokens;
}

/** The innermost scope of the token that is exactly `text`. */
export async function scopeOf(line: string, text: string): Promise<string> {
  const token = (await tokenize(line)).find((candidate) => candidate.text === text);
  if (!token) {
    throw new Error(`'${text}' is not one token of '${line}'`);
  }
  return token.scopes[token.scopes.length - 1];
}
