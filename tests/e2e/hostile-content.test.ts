// Proves article text that looks like markup or script stays text everywhere
// it is shown: the article page, the home and brief lists, list pages, search
// results (and the highlighted article they link to) and the RSS feed as
// Chromium shows it, styled by /feed.css. Nothing runs (no dialog, alert never
// called) and no element is made from the text (no img, iframe, on* handler,
// src="x", javascript: link or script holding the payload).
// The site's Content Security Policy is bypassed, so what is proved is the
// escaping itself, not the CSP catching what the escaping let through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.ts';
import { htmlPages } from '../site/read-site.ts';
import { articleWithTitle } from './helpers.ts';

const site = inject('e2eRoot');

// The html-hostile fixture, dated after the other fixtures so that it is among the feed's newest items.
const HOSTILE_TITLE = 'Bank warns customers about fake security emails';
const MARKDOWN_TITLE = "Printer's error puts symbols into council newsletter";
const BIDI_TITLE = 'Police warn of invoices named gpj.exe in email scam';

const pathOf = (file: string) => file.replace(/index\.html$/, '');
const hostileArticle = pathOf(articleWithTitle(site.dist, HOSTILE_TITLE)!);
const hostileDay = hostileArticle.slice(0, 10).replaceAll('/', '-');
/** Every list page (home pages, topic pages, archive months) that links to the hostile article. */
const listsOfIt = htmlPages(site.dist)
  .filter((file) => /^(index\.html|page\/|tags\/|places\/|people\/|organisations\/|archive\/\d)/.test(file))
  .filter((file) => readFileSync(join(site.dist, file), 'utf8').includes(`/${hostileArticle}"`))
  .map(pathOf);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
  await context.addInitScript(() => {
    const state = window as unknown as { __pwned: boolean };
    state.__pwned = false;
    window.alert = () => {
      state.__pwned = true;
    };
  });
});
afterAll(async () => {
  await browser?.close();
});

/** What a page would show if content had become markup or run as script. */
function findInjected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`event handler attribute: ${describe(element)}`);
        if (/^\s*javascript:/i.test(attribute.value) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) found.push(`javascript: URL: ${describe(element)}`);
      }
      if (element.getAttribute('src') === 'x') found.push(`src="x": ${describe(element)}`);
      // The site itself uses no images or frames, so any is from content.
      if (/^(img|iframe|object|embed|frame|svg|math)$/i.test(element.localName)) found.push(`embedded element: ${describe(element)}`);
      if (element.localName === 'script') {
        const text = element.textContent ?? '';
        const type = element.getAttribute('type');
        if (type === 'application/ld+json') {
          try {
            JSON.parse(text);
          } catch {
            found.push(`JSON-LD broken open: ${text.slice(0, 160)}`);
          }
        } else if (/alert\(|onerror/i.test(text)) found.push(`script with content: ${describe(element)}`);
      }
    }
    return found;
  });
}

/** Opens a page with a dialog trap, lets it settle, and checks nothing ran or was injected. */
async function expectInert(path: string, ready?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(site.url + path, { waitUntil: 'load' });
  await ready?.(page);
  await page.waitForTimeout(300); // room for any late onerror or timer to fire
  expect(dialogs, `dialogs on /${path}`).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned), `alert() called on /${path}`).toBe(false);
  expect(await findInjected(page), `elements made from content on /${path}`).toEqual([]);
  return page;
}

/** The page's visible text with white space squashed. */
const textOf = async (page: Page, selector = 'body') => (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ');

describe('hostile article text stays text', () => {
  it('on the html-hostile article page, which shows the payloads as words', async () => {
    const page = await expectInert(hostileArticle);
    const body = await textOf(page, '.article__body');
    expect(body).toContain('<script>alert(1)</script>');
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(body).toContain('stray </script> tag');
    expect(body).toContain('javascript:verify()');
    await page.close();
  });

  it('on the markdown-hostile article page, where Markdown syntax is not applied', async () => {
    const page = await expectInert(pathOf(articleWithTitle(site.dist, MARKDOWN_TITLE)!));
    const body = await textOf(page, '.article__body');
    expect(body).toContain('[council site](https://example.org/news)');
    expect(body).toContain('*important*');
    expect(body).toContain('<tag>');
    expect(await page.locator('.article__body a, .article__body h1, .article__body blockquote, .article__body ul, .article__body hr').count()).toBe(0);
    await page.close();
  });

  it('on the bidi-and-control article page', async () => {
    const page = await expectInert(pathOf(articleWithTitle(site.dist, BIDI_TITLE)!));
    expect(await page.textContent('h1')).toBe(BIDI_TITLE);
    await page.close();
  });

  it('on the home page', async () => {
    await (await expectInert('')).close();
  });

  it("on the article's daily brief page, which lists it", async () => {
    const page = await expectInert(`briefs/${hostileDay}/`);
    expect(await textOf(page, 'main')).toContain(HOSTILE_TITLE);
    await page.close();
  });

  it('on every list page that links to it (older home pages, topic pages, archive month)', async () => {
    // html-hostile has no tags, places, people or organisations, so no topic
    // page lists it; the older home page and the archive month do.
    expect(listsOfIt.length).toBeGreaterThan(0);
    for (const path of listsOfIt) {
      const page = await expectInert(path);
      expect(await textOf(page, 'main'), `/${path}`).toContain(HOSTILE_TITLE);
      await page.close();
    }
  });

  it('in search results for "onerror", and on the highlighted article they link to', async () => {
    const page = await expectInert('search/?q=onerror', (page) =>
      page.locator('[data-search-results] li h2 a', { hasText: HOSTILE_TITLE }).waitFor({ timeout: 15_000 }),
    );
    const excerpt = await textOf(page, '[data-search-results] li');
    expect(excerpt.toLowerCase()).toContain('onerror');
    const href = await page.locator('[data-search-results] li h2 a', { hasText: HOSTILE_TITLE }).getAttribute('href');
    await page.close();

    const article = await expectInert(href!.replace(/^\//, ''), (page) => page.locator('[data-pagefind-body] mark').first().waitFor({ timeout: 15_000 }));
    expect((await article.locator('[data-pagefind-body] mark').first().textContent())?.toLowerCase()).toBe('onerror');
    await article.close();
  });

  it('in /rss.xml as styled by /feed.css', async () => {
    const page = await expectInert('rss.xml');
    // The stylesheet was applied (items are blocks, as XML elements are not
    // by default), without XSLT, and the feed's values are shown as text.
    expect(await page.evaluate(() => getComputedStyle(document.getElementsByTagName('item')[0]!).display)).toBe('block');
    expect(await page.evaluate(() => document.documentElement.textContent)).toContain(HOSTILE_TITLE);
    expect(await page.evaluate(() => document.getElementsByTagName('script').length)).toBe(0);
    await page.close();
  });
});
