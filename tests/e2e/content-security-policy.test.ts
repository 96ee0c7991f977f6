// Proves the Content Security Policy is enforced in a real browser: the page
// script (allowed by its hash) runs, and a script injected into the page the
// way an XSS would (an inline <script> or an event-handler attribute) does not.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.ts';

const root = inject('e2eRoot');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Content Security Policy', () => {
  it('runs the page script and blocks injected inline script and handlers', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    await page.goto(root.url);
    // The hashed page script ran: it marks <html> before first paint.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);

    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__handler = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __handler?: boolean }).__handler)).toBeUndefined();
    expect(violations.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
