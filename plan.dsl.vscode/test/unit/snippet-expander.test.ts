import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandSnippet } from './snippet-expander';

describe('expandSnippet (the helper the snippet tests rely on)', () => {
  const variables = { CURRENT_YEAR: '2026', CURRENT_MONTH: '05' };

  it('takes defaults, first choices and variables, nested too', () => {
    assert.equal(expandSnippet('goal ${1:G1} level ${2|organization,individual|}', variables), 'goal G1 level organization');
    assert.equal(expandSnippet('due ${3:${CURRENT_YEAR}-${CURRENT_MONTH}-01}$0', variables), 'due 2026-05-01');
    assert.equal(expandSnippet('$CURRENT_YEAR ${UNKNOWN:fallback} ${UNKNOWN}', variables), '2026 fallback ');
  });

  it('gives mirrors the value of their tab stop, before or after it', () => {
    assert.equal(expandSnippet('lead ${1} person ${1:Name} owner $1', variables), 'lead Name person Name owner Name');
  });

  it('keeps escaped characters', () => {
    assert.equal(expandSnippet('"\\$1 \\} \\\\"', variables), '"$1 } \\"');
  });
});
