/**
 * Builds the TextMate grammar of .plan files (syntaxes/plan.tmLanguage.json) from the keyword tables.
 *
 * The grammar tokenizes flatly, one token at a time, as Xtext's lexer does; it does not try to follow the
 * block structure. Where the lexer and TextMate differ, this mirrors the lexer: a keyword is a whole
 * identifier (`目标值` is one keyword, `目标一` and `成员张伟` are names), and letters are the ranges of the
 * grammar's LETTER fragment, so CJK names highlight like ASCII ones. Context decides what a word is where
 * the grammar reuses a spelling: `项目` after `类型` is a kind, elsewhere the project keyword; `组长` after
 * `角色` is a role, elsewhere the unit's lead.
 */
import { ALL_KEYWORDS, Alias, COMPARISONS, ENUM_SLOTS, NAMED_ELEMENTS, SECTIONS } from './keywords';

/** Plan.xtext's LETTER fragment, in Oniguruma syntax. */
const LETTER =
  'a-zA-Z_\\x{00C0}-\\x{00D6}\\x{00D8}-\\x{00F6}\\x{00F8}-\\x{1FFF}\\x{3040}-\\x{30FF}' +
  '\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{A000}-\\x{D7FF}\\x{F900}-\\x{FAFF}';
const ID = `\\^?[${LETTER}][${LETTER}0-9]*`;
/** Plan.xtext's WS without line breaks (TextMate matches one line at a time); U+3000 is the full-width space. */
const SPACE = '[ \\t\\x{3000}]';
const NUMBER = '[0-9]+(?:\\.[0-9]+)?';
/** Not inside an identifier, nor after the `^` that escapes a name. */
const WORD_START = `(?<![${LETTER}0-9^])`;
const WORD_END = `(?![${LETTER}0-9])`;
const NOT_AFTER_NUMBER = '(?<![0-9.])';

/** A whole word that is one of `words`. */
function wordOf(words: readonly string[]): string {
  return `${WORD_START}${nextWordOf(words)}`;
}

/** One of `words`, ending a word; for where a space before it already starts one. */
function nextWordOf(words: readonly string[]): string {
  return `(?:${words.join('|')})${WORD_END}`;
}

function spellings(aliases: readonly Alias[]): string[] {
  return aliases.flatMap(([en, zh]) => [en, zh]);
}

function keywordScope(en: string): string {
  const isStructure = [...NAMED_ELEMENTS, ...SECTIONS].some(([word]) => word === en);
  return `${isStructure ? 'storage.type' : 'keyword.other'}.${en}.plan`;
}

function aliasOf(en: string): Alias {
  const alias = ALL_KEYWORDS.find(([word]) => word === en);
  if (!alias) {
    throw new Error(`'${en}' is not a keyword`);
  }
  return alias;
}

/** Every word the grammar reserves: keywords and enumeration values of both languages. */
function reservedWords(): string[] {
  const values = ENUM_SLOTS.flatMap((slot) => spellings(slot.values));
  return [...new Set([...spellings(ALL_KEYWORDS), ...values])];
}

type Pattern = Record<string, unknown>;

function comments(): Pattern[] {
  return [
    {
      name: 'comment.block.plan',
      begin: '/\\*',
      end: '\\*/',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.plan' } },
      endCaptures: { 0: { name: 'punctuation.definition.comment.end.plan' } },
    },
    {
      name: 'comment.line.double-slash.plan',
      match: '(//).*$',
      captures: { 1: { name: 'punctuation.definition.comment.plan' } },
    },
  ];
}

function strings(): Pattern[] {
  return [
    {
      name: 'string.quoted.double.plan',
      begin: '"',
      end: '"',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.plan' } },
      endCaptures: { 0: { name: 'punctuation.definition.string.end.plan' } },
      patterns: [{ name: 'constant.character.escape.plan', match: '\\\\.' }],
    },
    // Chinese quotation marks belong inside strings; typed as delimiters they are a syntax error.
    { name: 'invalid.illegal.quote.plan', match: '[“”]' },
  ];
}

/** `kind activity`, `角色 组长`, …: a keyword and the enumeration value it takes. */
function enumerations(): Pattern[] {
  return ENUM_SLOTS.map((slot) => ({
    match: `(${wordOf(aliasOf(slot.keyword))})${SPACE}+(${nextWordOf(spellings(slot.values))})`,
    captures: {
      1: { name: keywordScope(slot.keyword) },
      2: { name: `constant.language.${slot.scope}.plan` },
    },
  }));
}

/** `type visit`: a project's type is an open list of words, not a reference. */
function projectType(): Pattern {
  return {
    match: `(${wordOf(aliasOf('type'))})${SPACE}+(${ID})`,
    captures: {
      1: { name: keywordScope('type') },
      2: { name: 'support.constant.project-type.plan' },
    },
  };
}

/** `goal G1`, `成员 张伟`: the name a keyword declares. */
function declarations(): Pattern[] {
  return NAMED_ELEMENTS.map(([en, zh]) => ({
    match: `(${wordOf([en, zh])})${SPACE}+(${ID})`,
    captures: {
      1: { name: keywordScope(en) },
      2: { name: `entity.name.type.${en}.plan` },
    },
  }));
}

function keywords(): Pattern[] {
  return ALL_KEYWORDS.map(([en, zh]) => ({ name: keywordScope(en), match: wordOf([en, zh]) }));
}

function values(): Pattern[] {
  return [
    { name: 'keyword.operator.comparison.plan', match: COMPARISONS.join('|') },
    { name: 'constant.numeric.date.plan', match: `${NOT_AFTER_NUMBER}[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])` },
    {
      name: 'constant.numeric.percentage.plan',
      match: `${NOT_AFTER_NUMBER}${NUMBER}${SPACE}*([%％])`,
      captures: { 1: { name: 'keyword.other.unit.percent.plan' } },
    },
    // A number and the word after it on the line, unless that word is a keyword: `16 people`, `80000 CNY`.
    {
      match: `${NOT_AFTER_NUMBER}(${NUMBER})${SPACE}*(?!${nextWordOf(reservedWords())})(${ID})`,
      captures: {
        1: { name: 'constant.numeric.decimal.plan' },
        2: { name: 'keyword.other.unit.plan' },
      },
    },
    { name: 'constant.numeric.decimal.plan', match: `${NOT_AFTER_NUMBER}${NUMBER}` },
  ];
}

function names(): Pattern[] {
  return [
    { name: 'variable.other.plan', match: ID },
    // `DJ2027.G1`: a goal of another plan.
    { name: 'punctuation.accessor.plan', match: `(?<=[${LETTER}0-9])\\.(?=\\^?[${LETTER}])` },
  ];
}

function punctuation(): Pattern[] {
  return [
    { name: 'punctuation.section.block.begin.plan', match: '\\{' },
    { name: 'punctuation.section.block.end.plan', match: '\\}' },
    { name: 'punctuation.separator.comma.plan', match: '[,，、]' },
  ];
}

/** The grammar, ready to be written as JSON. */
export function planGrammar(): Record<string, unknown> {
  // Order matters where two patterns match at the same column: the earlier one wins.
  const repository: Record<string, Pattern> = {
    comments: { patterns: comments() },
    strings: { patterns: strings() },
    enumerations: { patterns: enumerations() },
    'project-type': projectType(),
    declarations: { patterns: declarations() },
    keywords: { patterns: keywords() },
    values: { patterns: values() },
    names: { patterns: names() },
    punctuation: { patterns: punctuation() },
  };
  return {
    comment: 'Generated by tools/write-grammar.ts from tools/keywords.ts (npm run grammar); do not edit.',
    name: 'Plan',
    scopeName: 'source.plan',
    fileTypes: ['plan'],
    patterns: Object.keys(repository).map((key) => ({ include: `#${key}` })),
    repository,
  };
}

/** The JSON text of the grammar file. */
export function planGrammarJson(): string {
  return `${JSON.stringify(planGrammar(), null, 2)}\n`;
}
