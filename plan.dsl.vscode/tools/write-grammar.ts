/** Writes syntaxes/plan.tmLanguage.json; a unit test fails when the committed file is not what this writes. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planGrammarJson } from './tmgrammar';

const GRAMMAR_FILE = join(__dirname, '..', '..', 'syntaxes', 'plan.tmLanguage.json');

if (require.main === module) {
  writeFileSync(GRAMMAR_FILE, planGrammarJson(), 'utf8');
  console.log(`wrote ${GRAMMAR_FILE}`);
}
