// The same site built with BASE_PATH=/brief/: every link, asset, feed URL,
// sitemap entry and the search index live under the sub-path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import { TEST_SITE_URL } from './build-fixture-site.ts';
import { fileForPath, htmlPages, loadPage } from './read-site.ts';

const { dist } = inject('siteSub');
const base = '/brief/';

describe('under BASE_PATH=/brief/', () => {
  it('has every internal link and asset under the base path, and resolving', () => {
    const problems: string[] = [];
    for (const file of htmlPages(dist)) {
      const $ = loadPage(dist, file);
      $('a[href], link[href], script[src], form[action]').each((_, element) => {
        const target = $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('action') ?? '';
        const url = new URL(target, `${TEST_SITE_URL}${base}${file}`);
        if (url.origin !== TEST_SITE_URL) return;
        if (!url.pathname.startsWith(base)) problems.push(`${file}: ${target} is outside ${base}`);
        else if (!fileForPath(dist, url.pathname.slice(base.length))) problems.push(`${file}: ${target} does not resolve`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('gives feeds, sitemaps and robots.txt absolute URLs under the base path', async () => {
    const feed = await new Parser().parseString(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    expect(feed.link).toBe(`${TEST_SITE_URL}${base}`);
    for (const item of feed.items) expect(item.link).toMatch(new RegExp(`^${TEST_SITE_URL}${base}\\d{4}/`));
    const json = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(json.feed_url).toBe(`${TEST_SITE_URL}${base}feed.json`);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${TEST_SITE_URL}${base}</loc>`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`${TEST_SITE_URL}${base}sitemap-index.xml`);
  });

  it('tells the search script where the index lives', () => {
    const $ = loadPage(dist, 'search/index.html');
    expect($('html').attr('data-base')).toBe(base);
  });
});
