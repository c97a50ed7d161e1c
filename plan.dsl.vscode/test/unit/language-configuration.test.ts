import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXTENSION_ROOT } from './tokenize';

interface Configuration {
  comments: { lineComment: string; blockComment: [string, string] };
  brackets: Array<[string, string]>;
  autoClosingPairs: Array<{ open: string; close: string; notIn?: string[] }>;
  surroundingPairs: Array<[string, string]>;
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
}

const configuration = JSON.parse(
  readFileSync(join(EXTENSION_ROOT, 'language-configuration.json'), 'utf8'),
) as Configuration;

/** The words VS Code would find in `line` (it adds the g flag the same way). */
function wordsOf(line: string): string[] {
  return [...line.matchAll(new RegExp(configuration.wordPattern, 'g'))].map((match) => match[0]);
}

describe('language-configuration.json', () => {
  it('declares the comment syntax of the grammar', () => {
    assert.equal(configuration.comments.lineComment, '//');
    assert.deepEqual(configuration.comments.blockComment, ['/*', '*/']);
  });

  it('closes braces, straight quotes outside strings and Chinese quotes', () => {
    const pairs = new Map(configuration.autoClosingPairs.map((pair) => [pair.open, pair]));
    assert.equal(pairs.get('{')?.close, '}');
    assert.equal(pairs.get('"')?.close, '"');
    assert.deepEqual(pairs.get('"')?.notIn, ['string', 'comment']);
    assert.equal(pairs.get('“')?.close, '”');
    assert.ok(!pairs.get('“')?.notIn?.includes('string'), 'Chinese quotes belong inside strings');
    assert.deepEqual(configuration.brackets, [['{', '}']]);
    assert.ok(configuration.surroundingPairs.some(([open, close]) => open === '“' && close === '”'));
  });

  it('takes names as the lexer does, in any script, so double-click and rename select a whole name', () => {
    assert.deepEqual(wordsOf('成员 张伟 "馆长" 角色 组长'), ['成员', '张伟', '馆长', '角色', '组长']);
    assert.deepEqual(wordsOf('owner ^目标, 目标一, mailing_list, Ωmega'), ['owner', '^目标', '目标一', 'mailing_list', 'Ωmega']);
    assert.deepEqual(wordsOf('支撑 DJ2027.G1'), ['支撑', 'DJ2027', 'G1']);
    assert.deepEqual(wordsOf('from 2026-09-01 to 5.2 %'), ['from', '2026-09-01', 'to', '5.2']);
    assert.deepEqual(wordsOf('成员张伟'), ['成员张伟']);
  });

  it('indents after an open brace and outdents a closing one', () => {
    const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test('    目标 G1 "降低投诉率" {'));
    assert.ok(!increase.test('    budget 80000 CNY { item "x" 1 }'));
    assert.ok(!increase.test('    specific "a { in text"'));
    assert.ok(decrease.test('    }'));
  });
});
