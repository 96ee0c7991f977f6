// Proves the theme toggle switches and remembers the theme with no flash of
// the wrong theme, the keyboard paths work ("/" to search, the skip link
// first in the tab order), and no page type scrolls sideways at 320 px.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.ts';
import { open, pageTypes } from './helpers.ts';

const site = inject('e2eRoot');
const types = pageTypes(site.dist);
const someTypes = types.filter((type) => ['home', 'article', 'daily brief', 'tags topic', 'search (empty)', '404'].includes(type.name));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The theme attribute, the body's computed background and the toggle's state. */
const themeState = (page: Page) =>
  page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
    return {
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
      saved: localStorage.getItem('theme'),
      buttonHidden: button?.hidden,
      pressed: button?.getAttribute('aria-pressed'),
    };
  });

describe('theme toggle', () => {
  for (const start of ['light', 'dark'] as const) {
    const other = start === 'light' ? 'dark' : 'light';
    it(`switches from the system's ${start} theme to ${other} and keeps it across a reload`, async () => {
      const context = await browser.newContext({ colorScheme: start });
      const page = await context.newPage();
      try {
        await open(page, site.url, { path: '' });
        const before = await themeState(page);
        expect(before.buttonHidden, 'the script reveals the toggle').toBe(false);
        expect(before.theme).toBeUndefined();
        expect(before.pressed).toBe(String(start === 'dark'));

        await page.click('[data-theme-toggle]');
        const after = await themeState(page);
        expect(after.theme).toBe(other);
        expect(after.saved).toBe(other);
        expect(after.pressed).toBe(String(other === 'dark'));
        expect(after.background, 'the body background changes').not.toBe(before.background);

        // Reload and look as soon as the DOM is parsed: the saved theme must
        // already be on <html>, so the first paint used it.
        await page.reload({ waitUntil: 'domcontentloaded' });
        const early = await page.evaluate(() => ({
          readyState: document.readyState,
          theme: document.documentElement.dataset.theme,
          background: getComputedStyle(document.body).backgroundColor,
        }));
        expect(early.theme).toBe(other);
        expect(early.background).toBe(after.background);

        // A new page in the same browser profile (same localStorage) gets it too.
        const second = await context.newPage();
        await open(second, site.url, types.find((type) => type.name === 'article')!);
        expect((await themeState(second)).theme).toBe(other);

        // And clicking again goes back.
        await page.waitForLoadState('load');
        await page.click('[data-theme-toggle]');
        expect((await themeState(page)).background).toBe(before.background);
      } finally {
        await context.close();
      }
    });
  }

  it('restores the theme from a script in <head>, before <body> is parsed', async () => {
    // The no-flash guarantee, read from the served HTML: the inline script
    // that reads localStorage runs before any of <body> exists.
    const html = await (await fetch(site.url)).text();
    const scriptAt = html.indexOf("localStorage.getItem('theme')");
    expect(scriptAt).toBeGreaterThan(0);
    expect(scriptAt).toBeLessThan(html.indexOf('<body'));
    expect(html.lastIndexOf('<script', scriptAt)).toBeLessThan(html.indexOf('</head>'));
  });
});

describe('keyboard', () => {
  it.each(someTypes)('pressing / on $name focuses the search box without typing a slash', async (type) => {
    const page = await browser.newPage();
    try {
      await open(page, site.url, type);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-box');
      expect(await page.inputValue('#search-box')).toBe('');
      // Once in a text field, "/" types normally.
      await page.keyboard.type('a/b');
      expect(await page.inputValue('#search-box')).toBe('a/b');
    } finally {
      await page.close();
    }
  });

  it.each(someTypes)('on $name the first Tab reaches the visible skip link, which moves focus to main', async (type) => {
    const page = await browser.newPage();
    try {
      await open(page, site.url, type);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        return { className: element.className, href: element.getAttribute('href'), top: box.top, bottom: box.bottom, height: box.height };
      });
      expect(focused.className).toBe('skip-link');
      expect(focused.href).toBe('#main');
      // When focused it is on screen (it is hidden off screen otherwise).
      expect(focused.height).toBeGreaterThan(0);
      expect(focused.top).toBeGreaterThanOrEqual(0);

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      expect(new URL(page.url()).hash).toBe('#main');
      // The next Tab goes into the content, not back to the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main, footer')))).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('320 px wide viewport', () => {
  it.each(types)('$name ($path) has no horizontal scroll', async (type) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await open(page, site.url, type);
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        // What sticks out, to say what to fix if anything does.
        overflowing: [...document.querySelectorAll('body *')]
          .map((element) => ({ element, right: element.getBoundingClientRect().right }))
          .filter(({ right }) => right > 320)
          .slice(0, 3)
          .map(({ element, right }) => `${element.tagName.toLowerCase()}.${element.className} right=${Math.round(right)}`),
      }));
      expect(width.scroll, `overflowing: ${width.overflowing.join(', ')}`).toBeLessThanOrEqual(320);
    } finally {
      await page.close();
    }
  });
});
