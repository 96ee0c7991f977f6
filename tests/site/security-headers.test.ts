// The Content Security Policy: on every page in a meta tag, and in _headers
// for hosts that read it, both allowing exactly the one inline page script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { compactPageScript, cspHashOf } from '../../src/integrations/page-script.ts';
import { htmlPages, loadPage } from './read-site.ts';

const { dist } = inject('siteRoot');
const projectRoot = new URL('../..', import.meta.url).pathname;
const pageScriptHash = cspHashOf(compactPageScript(readFileSync(join(projectRoot, 'src/browser/page-enhancements.js'), 'utf8')));

describe('Content Security Policy', () => {
  it('is on every page, strict, and allows the page script by its hash', () => {
    for (const file of htmlPages(dist)) {
      const $ = loadPage(dist, file);
      const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(policy, file).toMatch(/default-src 'self'/);
      expect(policy, file).toMatch(/object-src 'none'/);
      expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy, file).toContain(`'${pageScriptHash}'`);
      expect(policy, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      // Every inline script that runs is the page script.
      $('script:not([src]):not([type="application/ld+json"])').each((_, element) => {
        expect(cspHashOf($(element).html() ?? '')).toBe(pageScriptHash);
      });
    }
  });

  it('is in public/_headers with the other security headers, in step with the page script', () => {
    const headers = readFileSync(join(projectRoot, 'public/_headers'), 'utf8');
    expect(headers).toContain(`'${pageScriptHash}'`);
    expect(headers).toMatch(/frame-ancestors 'none'/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Referrer-Policy: /);
    expect(headers).toMatch(/Permissions-Policy: /);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(headers);
  });
});
