import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXTENSION_ROOT } from './tokenize';

/** The message templates in the sources: the string literals (joined by +) passed to l10n.t or translate. */
function templates(): Set<string> {
  const found = new Set<string>();
  const source = join(EXTENSION_ROOT, 'src');
  for (const file of readdirSync(source).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(source, file), 'utf8');
    for (const call of text.matchAll(/\b(?:l10n\.t|translate)\(\s*((?:'(?:[^'\\]|\\.)*'\s*\+?\s*)+)/g)) {
      const literals = [...call[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
      found.add(literals.join(''));
    }
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
}

describe('l10n/bundle.l10n.zh-cn.json', () => {
  const bundle = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

  it('translates every message of the extension, and nothing else', () => {
    const used = templates();
    assert.ok(used.size > 10, `found ${used.size} messages`);
    assert.deepEqual([...used].filter((m) => !(m in bundle)), [], 'untranslated');
    assert.deepEqual(Object.keys(bundle).filter((m) => !used.has(m)), [], 'translated but not used');
  });

  it('keeps the placeholders of each message', () => {
    for (const [english, chinese] of Object.entries(bundle)) {
      assert.deepEqual([...new Set(placeholders(chinese))], [...new Set(placeholders(english))], english);
    }
  });
});

describe('package.nls.zh-cn.json', () => {
  it('translates every text of the manifest', () => {
    const english = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const chinese = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    const manifest = readFileSync(join(EXTENSION_ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(keys)].sort(), Object.keys(english).sort());
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
  });
});
