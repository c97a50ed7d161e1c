import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY, messagePage, withContentSecurityPolicy } from '../../src/dashboardHtml';

const META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows inline styles and scripts and data: images, and nothing from the network or disk', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('style-src'), ["'unsafe-inline'"]);
    assert.deepEqual(directives.get('script-src'), ["'unsafe-inline'"]);
    assert.deepEqual(directives.get('img-src'), ['data:']);
    for (const sources of directives.values()) {
      assert.ok(!sources.some((s) => /^(https?:|\*|'self')/.test(s)), `no network source in ${sources.join(' ')}`);
    }
  });
});

describe('withContentSecurityPolicy', () => {
  it('puts the policy first in the head, before the page styles and scripts', () => {
    const page = '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><style>a{}</style></head><body></body></html>';
    assert.equal(
      withContentSecurityPolicy(page),
      `<!DOCTYPE html><html lang="zh"><head>${META}<meta charset="utf-8"><style>a{}</style></head><body></body></html>`,
    );
  });

  it('finds a head written in capitals or with attributes, and keeps a policy the page has', () => {
    const own = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">';
    assert.equal(withContentSecurityPolicy(`<HTML><HEAD id="h">${own}</HEAD></HTML>`), `<HTML><HEAD id="h">${META}${own}</HEAD></HTML>`);
  });

  it('adds a head when the page has none', () => {
    assert.equal(withContentSecurityPolicy('<html><body>x</body></html>'), `<html><head>${META}</head><body>x</body></html>`);
    assert.equal(withContentSecurityPolicy('<!doctype html><p>x</p>'), `<!doctype html><head>${META}</head><p>x</p>`);
    assert.equal(withContentSecurityPolicy('<p>x</p>'), `<head>${META}</head><p>x</p>`);
  });

  it('is not fooled by a <header> element', () => {
    assert.equal(withContentSecurityPolicy('<html><header>t</header></html>'), `<html><head>${META}</head><header>t</header></html>`);
  });
});

describe('messagePage', () => {
  it('escapes the message and carries the policy', () => {
    const page = messagePage('无法生成看板', 'plan <script>alert(1)</script> & "x"');
    assert.ok(page.includes(META));
    assert.ok(!page.includes('<script>'));
    assert.ok(page.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;x&#34;'));
    assert.ok(page.includes('<h2>无法生成看板</h2>'));
  });
});
