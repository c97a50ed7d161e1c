import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, TestContext } from 'node:test';
import { ALL_KEYWORDS, ENUM_SLOTS } from '../../tools/keywords';
import { cliOrSkip, Diagnostic } from './plan-cli';
import { expandSnippet } from './snippet-expander';
import { EXTENSION_ROOT, Token, tokenize } from './tokenize';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

const snippets = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'snippets', 'plan.code-snippets'), 'utf8')) as Record<
  string,
  Snippet
>;

/** The sections of LANGUAGE.md's table, by their English keyword. */
const SECTIONS = ['background', 'goal', 'team', 'research', 'theme', 'audience', 'phase', 'project', 'criteria',
  'publicity', 'safeguards', 'outcome', 'approval', 'tracking', 'results'];
const KINDS: Array<[string, string]> = [['activity', '活动'], ['annual', '年度'], ['project', '项目']];
const VARIABLES = { CURRENT_YEAR: '2026', CURRENT_MONTH: '05', CURRENT_DATE: '04' };

const zh = (en: string): string => ALL_KEYWORDS.find(([word]) => word === en)?.[1] ?? en;
const prefixes = (snippet: Snippet): string[] => [snippet.prefix].flat();
const expanded = (snippet: Snippet): string => expandSnippet(snippet.body.join('\n'), VARIABLES);

function sectionSnippet(keyword: string): Snippet {
  const found = Object.values(snippets).filter((snippet) => prefixes(snippet)[0] === keyword);
  assert.equal(found.length, 1, `one snippet with prefix ${keyword}`);
  return found[0];
}

function skeleton(kind: string, chinese: boolean): Snippet {
  const name = chinese ? `方案骨架：${KINDS.find(([en]) => en === kind)?.[1]}` : `Plan skeleton: ${kind}`;
  assert.ok(snippets[name], `snippet "${name}"`);
  return snippets[name];
}

const STRUCTURE = /^(storage\.type|keyword\.other\.(?!unit)|constant\.language|entity\.name|punctuation\.section|keyword\.operator)/;

/** The scopes of the keywords, values, names and braces, in order: what must match between twins. */
async function structure(text: string): Promise<string[]> {
  const scopes = (await tokenize(text)).map((token) => token.scopes.at(-1) ?? '').filter((scope) => STRUCTURE.test(scope));
  // `verified by` is one keyword in Chinese (检验).
  return scopes.filter((scope, i) => !(scope === 'keyword.other.by.plan' && scopes[i - 1] === 'keyword.other.verified.plan'));
}

const keywordTokens = async (text: string): Promise<Token[]> =>
  (await tokenize(text)).filter((token) => /^(storage\.type|keyword\.other\.(?!unit)|constant\.language)/.test(token.scopes.at(-1) ?? ''));

function pairs(): Array<[string, Snippet, Snippet]> {
  return [
    ...SECTIONS.map((en): [string, Snippet, Snippet] => [en, sectionSnippet(en), sectionSnippet(zh(en))]),
    ...KINDS.map(([kind]): [string, Snippet, Snippet] => [`${kind} plan`, skeleton(kind, false), skeleton(kind, true)]),
  ];
}

describe('snippets/plan.code-snippets', () => {
  it('has a snippet for every section in both keyword languages, and a skeleton per kind in both', () => {
    assert.equal(pairs().length, SECTIONS.length + KINDS.length);
    assert.equal(Object.keys(snippets).length, 2 * (SECTIONS.length + KINDS.length));
    for (const snippet of Object.values(snippets)) {
      assert.ok(snippet.description.length > 10, `a description for ${prefixes(snippet)[0]}`);
    }
  });

  it('writes each skeleton with its kind', async () => {
    for (const [en, chinese] of KINDS) {
      assert.match(expanded(skeleton(en, false)), new RegExp(`^\\tkind ${en}$`, 'm'));
      assert.match(expanded(skeleton(en, true)), new RegExp(`^\\t类型 ${chinese}$`, 'm'));
      const kindToken = (await tokenize(expanded(skeleton(en, true)))).find((t) => t.text === chinese);
      assert.equal(kindToken?.scopes.at(-1), 'constant.language.kind.plan');
    }
  });

  it('writes the Chinese twin of each English snippet keyword for keyword', async () => {
    for (const [what, english, chinese] of pairs()) {
      assert.deepEqual(await structure(expanded(chinese)), await structure(expanded(english)), what);
    }
  });

  it('uses one keyword language per snippet', async () => {
    const chineseValues = new Set(ENUM_SLOTS.flatMap((slot) => slot.values.map(([, value]) => value)));
    for (const [what, english, chinese] of pairs()) {
      for (const token of await keywordTokens(expanded(english))) {
        assert.match(token.text, /^[a-z ]+$/, `English ${what}: ${token.text}`);
      }
      for (const token of await keywordTokens(expanded(chinese))) {
        const isChinese = ALL_KEYWORDS.some(([, word]) => word === token.text) || chineseValues.has(token.text);
        assert.ok(isChinese, `Chinese ${what}: ${token.text}`);
      }
    }
  });

  it('expands to text with nothing the grammar marks invalid', async () => {
    for (const snippet of Object.values(snippets)) {
      const invalid = (await tokenize(expanded(snippet))).filter((t) => t.scopes.some((s) => s.startsWith('invalid')));
      assert.deepEqual(invalid, [], prefixes(snippet)[0]);
    }
  });
});

describe('snippets checked by the plan command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'plan-snippets-'));
  const write = (name: string, text: string): string => {
    const file = join(folder, name);
    writeFileSync(file, text, 'utf8');
    return file;
  };
  const problems = (diagnostics: Diagnostic[], file: string, severities: string[]): string[] =>
    diagnostics
      .filter((d) => d.file.endsWith(file.slice(folder.length)) && severities.includes(d.severity))
      .map((d) => `${d.line}: ${d.code} ${d.message}`);

  it('finds no error in any plan skeleton, in either keyword language', async (t: TestContext) => {
    const cli = await cliOrSkip(t);
    if (!cli) {
      return;
    }
    const files = KINDS.flatMap(([kind]) => [
      write(`${kind}.en.plan`, expanded(skeleton(kind, false))),
      write(`${kind}.zh.plan`, expanded(skeleton(kind, true))),
    ]);
    const diagnostics = await cli.validate(files);
    for (const file of files) {
      assert.deepEqual(problems(diagnostics, file, ['error']), [], file);
    }
  });

  it('parses every section snippet inside a plan', async (t: TestContext) => {
    const cli = await cliOrSkip(t);
    if (!cli) {
      return;
    }
    const files = Object.values(snippets)
      .filter((snippet) => !/^(plan|方案)/.test(prefixes(snippet)[0]))
      .map((snippet, i) => write(`section${i}.plan`, `plan T "t" {\n\tstatus draft\n${expanded(snippet)}\n}\n`));
    const diagnostics = await cli.validate(files);
    const syntaxErrors = diagnostics.filter((d) => d.code === 'syntax.error').map((d) => `${d.file}:${d.line} ${d.message}`);
    assert.deepEqual(syntaxErrors, []);
    assert.ok(diagnostics.length > 0, 'the command line reported on the files');
  });

  it('parses the grammar test fixtures written as plans', async (t: TestContext) => {
    const cli = await cliOrSkip(t);
    if (!cli) {
      return;
    }
    const fixtures = ['english.plan', 'chinese.plan'].map((name) => join(EXTENSION_ROOT, 'test', 'grammar', name));
    const diagnostics = await cli.validate(fixtures);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'syntax.error'), []);
  });
});
