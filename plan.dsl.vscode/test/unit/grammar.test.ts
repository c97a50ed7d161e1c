import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ALL_KEYWORDS, BACKGROUND_ITEMS, COMPARISONS, ENUM_SLOTS, NAMED_ELEMENTS } from '../../tools/keywords';
import { planGrammarJson } from '../../tools/tmgrammar';
import { GRAMMAR_PATH, scopeOf, tokenize } from './tokenize';
import { XTEXT_PATH, enumerations, enumerationsAfterKeywords, keywordPairs, words } from './xtext';

describe('keyword tables against Plan.xtext', () => {
  it('list every keyword pair of the grammar, and no other', () => {
    const grammarPairs = keywordPairs().map((pair) => pair.join(' | ')).sort();
    const tablePairs = ALL_KEYWORDS.filter((pair) => !BACKGROUND_ITEMS.includes(pair))
      .map((pair) => pair.join(' | '))
      .sort();
    assert.deepEqual([...new Set(grammarPairs)], tablePairs);
  });

  it('give each keyword the enumeration values the grammar assigns after it', () => {
    const enums = enumerations();
    const after = enumerationsAfterKeywords();
    assert.deepEqual([...after.keys()].sort(), ENUM_SLOTS.map((slot) => slot.keyword).sort());
    for (const slot of ENUM_SLOTS) {
      const expected = [...(after.get(slot.keyword) ?? [])].flatMap((name) => enums.get(name) ?? []);
      assert.deepEqual(
        slot.values.map((pair) => pair.join(' | ')).sort(),
        expected.map((pair) => pair.join(' | ')).sort(),
        `values after '${slot.keyword}'`,
      );
    }
  });

  it('list the background items as the grammar spells them', () => {
    const items = enumerations().get('BackgroundKind') ?? [];
    assert.deepEqual(items, BACKGROUND_ITEMS);
  });

  it('cover every word of the grammar', () => {
    const covered = new Set([
      ...ALL_KEYWORDS.flat(),
      ...ENUM_SLOTS.flatMap((slot) => slot.values.flat()),
    ]);
    assert.deepEqual([...words()].filter((word) => !covered.has(word)), []);
    assert.deepEqual([...covered].filter((word) => !words().has(word)), []);
  });

  it('list the comparisons of the grammar', () => {
    const comparisons = readFileSync(XTEXT_PATH, 'utf8')
      .match(/enum Comparison:([^;]*);/)?.[1]
      .match(/'([^']+)'/g)
      ?.map((quoted) => quoted.slice(1, -1));
    assert.deepEqual([...(comparisons ?? [])].sort(), [...COMPARISONS].sort());
  });
});

describe('syntaxes/plan.tmLanguage.json', () => {
  it('is what tools/write-grammar.ts writes (run npm run grammar after changing the tables)', () => {
    assert.equal(readFileSync(GRAMMAR_PATH, 'utf8'), planGrammarJson());
  });

  it('scopes each keyword the same in English and Chinese', async () => {
    for (const [en, zh] of ALL_KEYWORDS) {
      const english = await scopeOf(`${en} `, en);
      assert.match(english, new RegExp(`^(storage\\.type|keyword\\.other)\\.${en}\\.plan$`));
      assert.equal(await scopeOf(`${zh} `, zh), english, `${zh} is ${en}`);
    }
  });

  it('scopes each enumeration value in both languages after its keyword', async () => {
    for (const slot of ENUM_SLOTS) {
      const [keywordEn, keywordZh] = ALL_KEYWORDS.find(([en]) => en === slot.keyword) ?? [];
      for (const [en, zh] of slot.values) {
        for (const line of [`${keywordEn} ${en}`, `${keywordZh} ${zh}`, `${keywordZh} ${en}`, `${keywordEn}\u3000${zh}`]) {
          const value = line.split(/[ \u3000]/)[1];
          assert.equal(await scopeOf(line, value), `constant.language.${slot.scope}.plan`, line);
        }
      }
    }
  });

  it('reads a keyword glued to letters as one name, as the lexer does', async () => {
    for (const [en, zh] of ALL_KEYWORDS) {
      for (const name of [`${en}x`, `${zh}一`, `x${en}`, `^${zh}`, `${en}2`]) {
        assert.equal(await scopeOf(`owner ${name}`, name), 'variable.other.plan', name);
      }
    }
  });

  it('declares the name after each element keyword', async () => {
    for (const [en, zh] of NAMED_ELEMENTS) {
      assert.equal(await scopeOf(`${en} G1 "t"`, 'G1'), `entity.name.type.${en}.plan`);
      assert.equal(await scopeOf(`${zh} 张伟 "t"`, '张伟'), `entity.name.type.${en}.plan`);
    }
  });

  it('never reads a keyword after a number as its unit', async () => {
    for (const [en, zh] of ALL_KEYWORDS) {
      for (const word of [en, zh]) {
        const tokens = await tokenize(`12 ${word}`);
        assert.notEqual(tokens[1].scopes.at(-1), 'keyword.other.unit.plan', word);
      }
    }
  });
});
