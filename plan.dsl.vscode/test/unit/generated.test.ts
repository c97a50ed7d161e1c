import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DASHBOARD_OPTIONS, dashboardOf, generateArguments, generatedPaths, isRefusedForErrors, summarizePaths } from '../../src/generated';

describe('generatedPaths', () => {
  const folder = '/work/plan-out';

  it('reads a list of absolute paths', () => {
    const answer = ['/work/plan-out/DJ2027.md', '/work/plan-out/DJ2027.dashboard.html'];
    assert.deepEqual(generatedPaths(answer, folder), answer);
  });

  it('reads file URIs, including percent-encoded Chinese names, and paths relative to the folder', () => {
    assert.deepEqual(
      generatedPaths(['file:///work/plan-out/%E5%85%9A%E5%BB%BA.html', 'sub/DJ2027.csv'], folder),
      ['/work/plan-out/党建.html', '/work/plan-out/sub/DJ2027.csv'],
    );
  });

  it('reads an object that holds the list', () => {
    assert.deepEqual(generatedPaths({ files: ['/a/x.md'] }, folder), ['/a/x.md']);
    assert.deepEqual(generatedPaths({ paths: ['/a/y.md'] }, folder), ['/a/y.md']);
    assert.deepEqual(generatedPaths([], folder), []);
  });

  it('refuses anything else, quoting the answer', () => {
    assert.throws(() => generatedPaths(null, folder), /answered plan\.generate with null/);
    assert.throws(() => generatedPaths({ written: 3 }, folder), /not a list of paths/);
    assert.throws(() => generatedPaths([1, 2], folder), /not a list of paths/);
  });
});

describe('dashboardOf', () => {
  it('finds <Name>.dashboard.html among the outputs', () => {
    const paths = ['/o/CXZY2026.html', '/o/CXZY2026.brief.html', '/o/CXZY2026.dashboard.html', '/o/CXZY2026.json'];
    assert.equal(dashboardOf(paths), '/o/CXZY2026.dashboard.html');
    assert.equal(dashboardOf(['/o/CXZY2026.html']), undefined);
  });
});

describe('summarizePaths', () => {
  it('names the files relative to the output folder', () => {
    assert.equal(summarizePaths(['/o/a.md', '/o/b/c.html', '/elsewhere/d.csv'], '/o'), 'a.md, b/c.html, /elsewhere/d.csv');
  });

  it('cuts a long list and says how many more there are', () => {
    const paths = Array.from({ length: 9 }, (_, i) => `/o/f${i}.txt`);
    assert.equal(summarizePaths(paths, '/o', 3), 'f0.txt, f1.txt, f2.txt, … (+6)');
  });
});

describe('generateArguments', () => {
  it('sends [documentUri, outputFolder], and options only when there are some', () => {
    assert.deepEqual(generateArguments('file:///p/a.plan', '/p/out'), ['file:///p/a.plan', '/p/out']);
    assert.deepEqual(generateArguments('file:///p/a.plan', '/p/out', { formats: [] }), ['file:///p/a.plan', '/p/out']);
    assert.deepEqual(generateArguments('file:///p/a.plan', '/p/out', { force: true }), ['file:///p/a.plan', '/p/out', { force: true }]);
  });

  it('asks for the dashboard alone, also for a plan with errors, when the dashboard view refreshes', () => {
    assert.deepEqual(generateArguments('u', 'f', DASHBOARD_OPTIONS), ['u', 'f', { formats: ['dashboard'], force: true }]);
  });
});

describe('isRefusedForErrors', () => {
  it('recognises the refusal of a plan with errors (RequestFailed, naming force)', () => {
    const refusal = { code: -32803, message: 'Not generating DJ2027: it has 2 errors; fix them, or pass {"force": true}' };
    assert.equal(isRefusedForErrors(refusal), true);
  });

  it('does not take other failures for it', () => {
    assert.equal(isRefusedForErrors({ code: -32803, message: 'Cannot write into /p/out: permission denied' }), false);
    assert.equal(isRefusedForErrors({ code: -32602, message: 'pass {"force": true}' }), false);
    assert.equal(isRefusedForErrors(new Error('force')), false);
    assert.equal(isRefusedForErrors(undefined), false);
  });
});
