// Proves every page type passes axe-core's WCAG 2.0/2.1/2.2 A and AA rules in
// both colour themes, whether the theme comes from the system setting
// (prefers-color-scheme) or from the reader's choice with the theme toggle.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.ts';
import { formatViolations, missingTopicKinds, open, pageTypes, runAxe } from './helpers.ts';

const site = inject('e2eRoot');
const types = pageTypes(site.dist);

const modes = [
  { name: 'light, from prefers-color-scheme', colorScheme: 'light', toggleTo: undefined },
  { name: 'dark, from prefers-color-scheme', colorScheme: 'dark', toggleTo: undefined },
  { name: 'dark, chosen with the toggle', colorScheme: 'light', toggleTo: 'dark' },
  { name: 'light, chosen with the toggle', colorScheme: 'dark', toggleTo: 'light' },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(modes)('theme: $name', (mode) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // bypassCSP lets axe's inline script in; the site's CSP does not affect what axe checks.
    context = await browser.newContext({ colorScheme: mode.colorScheme, bypassCSP: true });
    if (mode.toggleTo) {
      // Choose the other theme once; the choice is saved and applies to every page after.
      const page = await context.newPage();
      await open(page, site.url, { path: '' });
      await page.click('[data-theme-toggle]');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(mode.toggleTo);
      await page.close();
    }
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(types)('$name ($path) has no violations', async (type) => {
    const page = await context.newPage();
    try {
      await open(page, site.url, type);
      if (mode.toggleTo) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(mode.toggleTo);
      const violations = await runAxe(page);
      const report = formatViolations(`${type.name} /${type.path} [${mode.name}]`, violations);
      if (violations.length > 0) console.log(report);
      expect(violations.length, `axe found violations:\n${report}`).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('covers a topic page of every kind', () => {
    expect(missingTopicKinds(site.dist)).toEqual([]);
  });
});
