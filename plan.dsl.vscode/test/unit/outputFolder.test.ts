import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resolveOutputFolder } from '../../src/outputFolder';

describe('resolveOutputFolder', () => {
  const plan = '/work/plans/annual/dj2027.plan';

  it('defaults to plan-out in the workspace folder', () => {
    assert.equal(resolveOutputFolder(undefined, '/work/plans', plan), '/work/plans/plan-out');
    assert.equal(resolveOutputFolder('  ', '/work/plans', plan), '/work/plans/plan-out');
  });

  it('uses the plan file folder when no workspace folder holds the plan', () => {
    assert.equal(resolveOutputFolder('', undefined, plan), '/work/plans/annual/plan-out');
    assert.equal(resolveOutputFolder('docs/out', undefined, plan), '/work/plans/annual/docs/out');
  });

  it('takes relative settings from the workspace folder and keeps absolute ones', () => {
    assert.equal(resolveOutputFolder('build/plans', '/work/plans', plan), '/work/plans/build/plans');
    assert.equal(resolveOutputFolder('../shared-out', '/work/plans', plan), '/work/shared-out');
    assert.equal(resolveOutputFolder('/srv/www/plans/', '/work/plans', plan), '/srv/www/plans');
  });

  it('expands ${workspaceFolder} and ~', () => {
    assert.equal(resolveOutputFolder('${workspaceFolder}/out', '/work/plans', plan), '/work/plans/out');
    assert.equal(resolveOutputFolder('~/plan-docs', '/work/plans', plan), join(homedir(), 'plan-docs'));
  });
});
