/** Reads the words of the language's single source of syntax, Plan.xtext, for checks against the extension's tables. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ROOT } from './tokenize';

export const XTEXT_PATH = join(EXTENSION_ROOT, '..', 'plan.dsl', 'src', 'main', 'java', 'plan', 'dsl', 'Plan.xtext');

/** The grammar without terminal rules, whose quoted characters are not words of the language. */
function parserRules(): string {
  const text = readFileSync(XTEXT_PATH, 'utf8');
  return text.replace(/^terminal[\s\S]*?;/gm, '').replace(/\/\/.*$/gm, '');
}

/** Every quoted word (letters only) of the parser rules and enumerations. */
export function words(): Set<string> {
  const found = new Set<string>();
  for (const [, literal] of parserRules().matchAll(/'([^']+)'/g)) {
    if (/^\p{L}+$/u.test(literal)) {
      found.add(literal);
    }
  }
  return found;
}

/** Keyword alternatives `('en' | 'zh')`, and `(('verified' 'by') | '检验')`, as [en, zh]. */
export function keywordPairs(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const match of parserRules().matchAll(/\((?:\('(\p{L}+)' '\p{L}+'\)|'(\p{L}+)')\s*\|\s*'(\p{L}+)'\)/gu)) {
    pairs.push([match[1] ?? match[2], match[3]]);
  }
  return pairs;
}

/** Each enumeration's [en, zh] value pairs (`a='a' | a='甲'`), by enumeration name. */
export function enumerations(): Map<string, Array<[string, string]>> {
  const result = new Map<string, Array<[string, string]>>();
  for (const [, name, body] of parserRules().matchAll(/^enum\s+(\w+)\s*:([\s\S]*?);/gm)) {
    const pairs: Array<[string, string]> = [];
    for (const [, , en, zh] of body.matchAll(/(\w+)='([^']+)'\s*\|\s*\1='([^']+)'/g)) {
      pairs.push([en, zh]);
    }
    result.set(name, pairs);
  }
  return result;
}

/**
 * The enumerations with Chinese values assigned right after a keyword: `('kind' | '类型') kind=PlanKind` gives
 * kind → PlanKind. (Comparison, after `target`, is spelled the same in both languages.)
 */
export function enumerationsAfterKeywords(): Map<string, Set<string>> {
  const names = new Set([...enumerations()].filter(([, pairs]) => pairs.length > 0).map(([name]) => name));
  const result = new Map<string, Set<string>>();
  for (const [, keyword, type] of parserRules().matchAll(/\('(\p{L}+)'\s*\|\s*'\p{L}+'\)\s+\w+=(\w+)/gu)) {
    if (names.has(type)) {
      result.set(keyword, (result.get(keyword) ?? new Set()).add(type));
    }
  }
  return result;
}
