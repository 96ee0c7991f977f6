// Proves search works in a real browser against the real Pagefind index:
// typing finds the article, filters narrow the results, ?q= is read on load
// and kept in sync while typing, result links highlight the word on the
// article page, and all of it also works under a base path (/brief/).
// Prints the time from typing to results and the bytes the search fetched.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.ts';
import { searchShardFolders } from '../site/read-site.ts';
import { SEARCH_TITLE, SEARCH_WORD } from './helpers.ts';
import type { ServedSite } from './global-setup.ts';

const root = inject('e2eRoot');
const sub = inject('e2eSub');

// "storm" (stemmed: storm, storms) is in four fixture articles; only one of
// them is tagged "uk".
const BROAD_WORD = 'storm';
const FILTER_TAG = 'uk';
const BROAD_TITLE = 'Ferry services cancelled as storm sweeps the coast';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The size of the file a URL of the site is served from. */
function sizeOnDisk(site: ServedSite, url: string): number {
  try {
    return statSync(join(site.dist, new URL(url).pathname.slice(site.base.length))).size;
  } catch {
    return 0;
  }
}

/**
 * What the response body would weigh served with gzip, as production hosts
 * do for text; Pagefind's index, filter, fragment and WebAssembly files are
 * gzipped already and counted as they are.
 */
function gzippedSize(site: ServedSite, url: string): number {
  const file = join(site.dist, new URL(url).pathname.slice(site.base.length));
  try {
    if (statSync(file).isDirectory()) return gzipSync(readFileSync(join(file, 'index.html'))).length;
    return /\.(html|js|css|json|svg|xml)$/.test(file) ? gzipSync(readFileSync(file)).length : statSync(file).size;
  } catch {
    return 0;
  }
}

/** A fresh page (cold cache) that fails the test on script errors or CSP violations. */
async function freshPage(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  return { context, page, problems };
}

/** The paths the shown search results link to, in order. */
const resultPaths = (page: Page): Promise<string[]> =>
  page.locator('[data-search-results] li h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));

/** Runs `work` with a fresh page, and closes its browser context afterwards, whatever happens. */
async function withFreshPage(work: (fresh: Awaited<ReturnType<typeof freshPage>>) => Promise<void>): Promise<void> {
  const fresh = await freshPage();
  try {
    await work(fresh);
  } finally {
    await fresh.context.close();
  }
}

/** Opens the search page and waits until Pagefind has loaded and the filters are filled. */
async function openSearch(page: Page, site: ServedSite, query = ''): Promise<void> {
  await page.goto(`${site.url}search/${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('[data-filter="tag"] option').length > 1);
}

const resultTitles = (page: Page) => page.locator('[data-search-results] li h2 a').allTextContents();
const waitForTitle = (page: Page, title: string) =>
  page.locator('[data-search-results] li h2 a', { hasText: title }).first().waitFor({ timeout: 15_000 });

/**
 * Fills the search box with `word` in one input event and returns the
 * milliseconds (page clock) until a result titled `title` is in the list.
 */
async function timeQuery(page: Page, word: string, title: string): Promise<number> {
  await page.evaluate((title) => {
    const state = window as unknown as { __typed?: number; __rendered?: number };
    state.__typed = undefined;
    state.__rendered = undefined;
    const list = document.querySelector('[data-search-results]')!;
    document.querySelector('[data-search-input]')!.addEventListener('input', () => (state.__typed ??= performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if ([...list.querySelectorAll('h2 a')].some((link) => link.textContent === title)) {
        state.__rendered ??= performance.now();
        observer.disconnect();
      }
    });
    observer.observe(list, { childList: true, subtree: true });
  }, title);
  await page.fill('[data-search-input]', word);
  await waitForTitle(page, title);
  return page.evaluate(() => {
    const state = window as unknown as { __typed: number; __rendered: number };
    return state.__rendered - state.__typed;
  });
}

describe('search on the site at /', () => {
  it('finds an article by a word from its body, and reports time and bytes', () =>
    withFreshPage(async ({ context, page, problems }) => {
      // Count bytes per request, by phase. Playwright's context events also see
      // the requests of Pagefind's Web Worker (which fetches the WebAssembly and
      // index chunks), which a page-level CDP session would miss.
      let phase: 'page load' | 'first query' = 'page load';
      const phases = new Map<Request, string>();
      const sizes: Promise<{ url: string; phase: string; bytes: number; gzip: number }>[] = [];
      context.on('request', (request) => phases.set(request, phase));
      context.on('requestfinished', (request) =>
        sizes.push(
          request.sizes().then(({ responseBodySize, responseHeadersSize }) => ({
            url: request.url(),
            phase: phases.get(request) ?? phase,
            // Playwright reports the worker script's body as 0; the server sends files as they are on disk.
            bytes: responseHeadersSize + (request.url().endsWith('/pagefind-worker.js') ? sizeOnDisk(root, request.url()) : responseBodySize),
            gzip: gzippedSize(root, request.url()),
          })),
        ),
      );

      await openSearch(page, root);
      expect(await page.textContent('[data-search-status]')).toContain('Type to search');
      await page.waitForLoadState('networkidle');

      phase = 'first query';
      const firstQuery = await timeQuery(page, SEARCH_WORD, SEARCH_TITLE);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const requests = await Promise.all(sizes);
      expect(await resultTitles(page)).toContain(SEARCH_TITLE);
      expect(await page.textContent('[data-search-status]')).toMatch(/1 article matches/);
      phase = 'later queries' as typeof phase;
      const secondQuery = await timeQuery(page, BROAD_WORD, BROAD_TITLE);


      // The figures for the README.
      const sum = (which: string, filter: (url: string) => boolean = () => true) =>
        requests.filter((r) => r.phase === which && filter(r.url)).reduce((total, r) => total + r.bytes, 0);
      const list = (which: string) =>
        requests
          .filter((r) => r.phase === which)
          .map((r) => `    ${String(r.bytes).padStart(7)} B  (${String(r.bytes === 0 ? 0 : r.gzip).padStart(6)} B gzipped body)  ${new URL(r.url).pathname}`)
          .join('\n');
      const gzipTotal = (which: string, filter: (url: string) => boolean = () => true) =>
        requests.filter((r) => r.phase === which && r.bytes > 0 && filter(r.url)).reduce((total, r) => total + r.gzip, 0);
      const isPagefind = (url: string) => new URL(url).pathname.includes('/pagefind/');
      console.log(
        [
          `SEARCH FIGURES (fixture site, ${requests.length} requests, cold cache, uncompressed static server; bytes = headers + body)`,
          `  time from typing "${SEARCH_WORD}" to results rendered (first query): ${firstQuery.toFixed(0)} ms (includes the 120 ms debounce)`,
          `  time for a second query, "${BROAD_WORD}": ${secondQuery.toFixed(0)} ms (includes the 120 ms debounce)`,
          `  bytes for the first query itself: ${sum('first query')} B (bodies gzipped: ${gzipTotal('first query')} B)`,
          list('first query'),
          `  bytes to load the search page: ${sum('page load')} B (bodies gzipped: ${gzipTotal('page load')} B),`,
          `    of which Pagefind (script, worker, WebAssembly, entry, filters): ${sum('page load', isPagefind)} B (bodies gzipped: ${gzipTotal('page load', isPagefind)} B)`,
          list('page load'),
          `  total, page load + first query: ${sum('page load') + sum('first query')} B (bodies gzipped: ${gzipTotal('page load') + gzipTotal('first query')} B)`,
        ].join('\n'),
      );
      expect(problems).toEqual([]);
    }));

  it('narrows the results with a tag filter and puts the filter in the URL', () =>
    withFreshPage(async ({ context, page, problems }) => {
      await openSearch(page, root, `?q=${BROAD_WORD}`);
      await page.locator('[data-search-results] li').first().waitFor();
      const all = await resultPaths(page);
      expect(all.length).toBeGreaterThanOrEqual(2);

      await page.selectOption('[data-filter="tag"]', FILTER_TAG);
      await expect.poll(() => page.locator('[data-search-results] li').count()).toBeLessThan(all.length);
      const narrowed = await resultPaths(page);
      expect(narrowed.length).toBeGreaterThan(0);
      expect(all).toEqual(expect.arrayContaining(narrowed));
      expect(new URL(page.url()).searchParams.get('tag')).toBe(FILTER_TAG);
      expect(new URL(page.url()).searchParams.get('q')).toBe(BROAD_WORD);

      // Every remaining result really carries the tag.
      for (const path of narrowed) {
        const article = await context.newPage();
        await article.goto(new URL(path, root.url).href);
        const tags = await article.locator('.topic-links dt:text-is("Tags") + dd li').allTextContents();
        expect(tags.map((tag) => tag.trim())).toContain(FILTER_TAG);
        await article.close();
      }

      // And "Any" brings the others back.
      await page.selectOption('[data-filter="tag"]', '');
      await expect.poll(() => page.locator('[data-search-results] li').count()).toBe(all.length);
      expect(problems).toEqual([]);
    }));

  it('reads ?q= on load: results shown and both search boxes filled', () =>
    withFreshPage(async ({ context, page, problems }) => {
      await openSearch(page, root, `?q=${SEARCH_WORD}`);
      await waitForTitle(page, SEARCH_TITLE);
      expect(await page.inputValue('[data-search-input]')).toBe(SEARCH_WORD);
      expect(await page.inputValue('#search-box')).toBe(SEARCH_WORD);
      expect(problems).toEqual([]);
    }));

  it('keeps ?q= in the URL in step with typing, without adding history entries', () =>
    withFreshPage(async ({ context, page }) => {
      await openSearch(page, root);
      const historyLength = await page.evaluate(() => history.length);
      await page.click('[data-search-input]');
      await page.keyboard.type(SEARCH_WORD.slice(0, 4));
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(SEARCH_WORD.slice(0, 4));
      await page.keyboard.type(SEARCH_WORD.slice(4));
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(SEARCH_WORD);
      await waitForTitle(page, SEARCH_TITLE);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      // Clearing the box clears the query from the URL.
      await page.fill('[data-search-input]', '');
      await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
    }));
});

/** Searches for the word, follows the result link, and checks the word is marked in the article. */
async function searchAndFollow(site: ServedSite): Promise<string[]> {
  const { context, page, problems } = await freshPage();
  try {
    await openSearch(page, site);
    await page.fill('[data-search-input]', SEARCH_WORD);
    await waitForTitle(page, SEARCH_TITLE);
    const link = page.locator('[data-search-results] li h2 a', { hasText: SEARCH_TITLE }).first();
    const href = new URL((await link.getAttribute('href'))!, page.url());
    expect(href.pathname.startsWith(site.base)).toBe(true);
    expect(href.searchParams.get('highlight')).toBe(SEARCH_WORD);

    await link.click();
    await page.waitForURL((url) => url.pathname === href.pathname);
    expect(await page.textContent('h1')).toBe(SEARCH_TITLE);
    const mark = page.locator('[data-pagefind-body] mark').first();
    await mark.waitFor({ timeout: 15_000 });
    expect((await mark.textContent())?.toLowerCase()).toBe(SEARCH_WORD);
    return problems;
  } finally {
    await context.close();
  }
}

describe('search in every language the site publishes in', () => {
  // A word from each article's body, not its headline; Chinese and Japanese words stand inside longer runs of characters.
  const searches = [
    ['ثلاثين', 'افتتاح مكتبة عامة جديدة في وسط المدينة'],
    ['строительство', 'В Новосибирске открыли новый мост через Обь'],
    ['运营', '城市新开通一条跨江地铁线路'],
    ['岸壁', '港町の朝市、三年ぶりに再開へ'],
    // Queries of more than one word, typed without spaces as readers of Chinese and Japanese type them.
    ['跨江地铁', '城市新开通一条跨江地铁线路'],
    ['交通系', 'マロウ市、市内のバス全路線で交通系ICカードを導入'],
  ] as const;

  it('finds an article in Arabic, Russian, Chinese or Japanese from the one search box, and shows its text unspaced', () =>
    withFreshPage(async ({ page, problems }) => {
      await openSearch(page, root);
      for (const [word, title] of searches) {
        await page.fill('[data-search-input]', word);
        await waitForTitle(page, title);
        const excerpt = await page.locator('[data-search-results] li', { hasText: title }).first().locator('.article-list__summary').textContent();
        expect(excerpt, word).toContain(word);
        // The spaces the index put between Chinese and Japanese words are not shown.
        expect(excerpt, word).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      }
      expect(problems).toEqual([]);
    }));
});

describe('result links highlight the word', () => {
  const problems: Record<string, string[]> = {};
  it('on the site at /', async () => {
    problems.root = await searchAndFollow(root);
  });
  it('on the site built under /brief/', async () => {
    problems.sub = await searchAndFollow(sub);
  });
  // Kept apart so a CSP complaint does not hide whether highlighting works.
  it('with no script errors or Content Security Policy violations on the way', () => {
    expect(problems).toEqual({ root: [], sub: [] });
  });
});

/** The articles (path without the base path, and date) each shard of a site's search index holds, oldest shard first. */
function articlesPerShard(site: ServedSite): { url: string; date: string }[][] {
  return searchShardFolders(site.dist).map((folder) => {
    const fragments = join(site.dist, 'pagefind', folder, 'fragment');
    return readdirSync(fragments).map((file) => {
      const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: { date: string } };
      return { url: fragment.url, date: fragment.meta.date };
    });
  });
}
const pathsPerShard = (site: ServedSite): string[][] => articlesPerShard(site).map((shard) => shard.map(({ url }) => url));

/** The shown results' paths without the site's base path, and their dates. */
async function shownResults(page: Page, site: ServedSite): Promise<{ paths: string[]; dates: string[] }> {
  const paths = (await resultPaths(page)).map((path) => `/${path.slice(site.base.length)}`);
  const dates = await page.locator('[data-search-results] li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  return { paths, dates };
}

describe('search across the shards of the index (the site under /brief/)', () => {
  it('has an index in several shards, each article in exactly one, oldest first', () => {
    const shards = pathsPerShard(sub);
    expect(shards.length).toBeGreaterThanOrEqual(3);
    const all = shards.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(pathsPerShard(root).flat().sort());
    // Each shard's dates come after the previous shard's (dates as the search records sort them).
    const dates = articlesPerShard(sub).map((shard) => shard.map(({ date }) => date).sort());
    for (let index = 1; index < dates.length; index++) expect(dates[index]![0]! >= dates[index - 1]!.at(-1)!).toBe(true);
  });

  it('finds what the one-index site finds, in the same order by date, from several shards', () =>
    withFreshPage(async ({ context, page, problems }) => {
      const other = await context.newPage();
      await openSearch(page, sub, `?q=${BROAD_WORD}&sort=date`);
      await openSearch(other, root, `?q=${BROAD_WORD}&sort=date`);
      await page.locator('[data-search-results] li').first().waitFor();
      await other.locator('[data-search-results] li').first().waitFor();
      const sharded = await shownResults(page, sub);
      const single = await shownResults(other, root);
      expect(sharded.paths.length).toBeGreaterThanOrEqual(4);
      expect(sharded).toEqual(single);
      expect([...sharded.dates].sort().reverse()).toEqual(sharded.dates);
      // The results really come from more than one shard.
      const shardOf = (path: string) => pathsPerShard(sub).findIndex((paths) => paths.includes(path));
      expect(new Set(sharded.paths.map(shardOf)).size).toBeGreaterThanOrEqual(2);
      expect(await page.textContent('[data-search-status]')).toBe(await other.textContent('[data-search-status]'));

      // Best match finds the same articles; scores from different shards decide the order.
      await page.selectOption('[data-sort]', '');
      await other.selectOption('[data-sort]', '');
      await expect.poll(async () => (await shownResults(page, sub)).paths.sort()).toEqual([...single.paths].sort());
      expect(problems).toEqual([]);
    }));

  it('loads every shard once and queries each, and reports the bytes', () =>
    withFreshPage(async ({ context, page, problems }) => {
      const requests: { path: string; bytes: number; query: boolean }[] = [];
      let querying = false;
      context.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        const query = querying;
        void request.sizes().then(({ responseBodySize }) =>
          // Playwright reports a worker script's body as 0; the server sends files as they are on disk.
          requests.push({ path, bytes: path.endsWith('/pagefind-worker.js') ? sizeOnDisk(sub, request.url()) : responseBodySize, query }),
        );
      });
      await openSearch(page, sub);
      await page.waitForLoadState('networkidle');
      querying = true;
      await page.fill('[data-search-input]', BROAD_WORD);
      await waitForTitle(page, BROAD_TITLE);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);

      const shards = searchShardFolders(sub.dist);
      const inShard = (folder: string, file: RegExp) => {
        const prefix = `${sub.base}pagefind/${folder}`;
        return requests.filter(({ path }) => path.startsWith(prefix) && file.test(path.slice(prefix.length)));
      };
      for (const folder of shards) {
        expect(inShard(folder, /^pagefind\.js$/).length, `pagefind/${folder}pagefind.js`).toBe(1);
        expect(inShard(folder, /^wasm\.\w+\.pagefind$/).length, `pagefind/${folder} WebAssembly`).toBe(1);
        expect(inShard(folder, /^index\/[^/]+\.pf_index$/).filter(({ query }) => query).length, `pagefind/${folder} index chunk`).toBeGreaterThanOrEqual(1);
      }
      const total = (query: boolean) => requests.filter((request) => request.query === query).reduce((sum, request) => sum + request.bytes, 0);
      console.log(`SHARDED SEARCH FIGURES (fixture site in ${shards.length} shards, cold cache, bodies as served): page load ${total(false)} B, first query ${total(true)} B`);
      expect(problems).toEqual([]);
    }));

  it('offers every shard\'s filter values, and a filter narrows the results in every shard', () =>
    withFreshPage(async ({ context, page, problems }) => {
      const other = await context.newPage();
      await openSearch(page, sub, `?q=${BROAD_WORD}`);
      await openSearch(other, root, `?q=${BROAD_WORD}`);
      for (const filter of ['tag', 'place', 'year']) {
        const options = (which: Page) => which.locator(`[data-filter="${filter}"] option`).allTextContents();
        expect(await options(page)).toEqual(await options(other));
      }
      await page.locator('[data-search-results] li').first().waitFor();
      await other.locator('[data-search-results] li').first().waitFor();
      const unfiltered = (await shownResults(page, sub)).paths.length;
      await page.selectOption('[data-filter="tag"]', FILTER_TAG);
      await other.selectOption('[data-filter="tag"]', FILTER_TAG);
      const narrowed = async (which: Page, site: ServedSite) => {
        await expect.poll(() => which.locator('[data-search-results] li').count()).toBeLessThan(unfiltered);
        return (await shownResults(which, site)).paths.sort();
      };
      const sharded = await narrowed(page, sub);
      expect(sharded.length).toBeGreaterThan(0);
      expect(sharded).toEqual(await narrowed(other, root));
      expect(problems).toEqual([]);
    }));
});
