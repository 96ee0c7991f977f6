// Built-site checks: the fixture and sample articles are ingested and built
// once (tests/site/global-setup.ts); these tests parse what is in dist/.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import Parser from 'rss-parser';
import { unified } from 'unified';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TEST_SITE_URL } from './build-fixture-site.ts';
import { siteConfig } from '../../src/site.config.ts';
import { articlePages, fileForPath, htmlPages, loadPage, searchShardFolders, squash } from './read-site.ts';

const site = inject('siteRoot');
const { dist, content } = site;

interface SourceArticle {
  id: string;
  front: Record<string, unknown> & { title: string; displayTitle?: string; date: string; summary: string };
  paragraphs: string[];
}

// The Markdown collection the site was built from, read back independently.
const sources: SourceArticle[] = readdirSync(content, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const text = readFileSync(join(content, file), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    const tree = unified().use(remarkParse).parse(text.slice(end + 5));
    // A paragraph each, and each item of a list.
    const paragraphs = tree.children.flatMap((node) => (node.type === 'list' ? node.children.map((item) => toString(item)) : [toString(node)]));
    return { id: file.replace(/\.md$/, ''), front: parseYaml(text.slice(4, end)), paragraphs };
  });

const pageOf = (source: SourceArticle) => loadPage(dist, `${source.id}/index.html`);

describe('article pages', () => {
  it('has one page for every article in the collection', () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(articlePages(dist).map((file) => file.replace(/\/index\.html$/, '')).sort()).toEqual(sources.map((source) => source.id).sort());
  });

  it('shows the headline as the one h1, and every word of the body as text', () => {
    for (const source of sources) {
      const $ = pageOf(source);
      expect($('h1')).toHaveLength(1);
      expect(squash($('h1').text())).toBe(source.front.displayTitle ?? source.front.title);
      const blocks = $('.article__body').children().toArray().flatMap((element) => (['ul', 'ol'].includes(element.tagName) ? $(element).children('li').toArray() : [element]));
      const paragraphs = blocks.map((element) => squash($(element).text()));
      expect(paragraphs, source.id).toEqual(source.paragraphs.map(squash));
      // The standfirst a saved page gave, under the headline.
      const standfirst = $('h1 + .article__standfirst');
      expect(standfirst.length ? squash(standfirst.text()) : undefined, source.id).toBe(source.front.standfirst);
    }
    expect(sources.some((source) => source.front.standfirst)).toBe(true);
  });

  it('has JSON-LD that parses and matches the article', () => {
    for (const source of sources) {
      const $ = pageOf(source);
      const blocks = $('script[type="application/ld+json"]').map((_, element) => JSON.parse($(element).html() ?? '')).get();
      const article = blocks.find((block) => block['@type'] === 'NewsArticle');
      expect(article.headline).toBe(source.front.displayTitle ?? source.front.title);
      expect(article.datePublished).toBe(source.front.date);
      expect(article.dateModified).toBe(source.front.updated);
      expect(article.url).toBe(`${TEST_SITE_URL}/${source.id}/`);
      expect(blocks.some((block) => block['@type'] === 'BreadcrumbList')).toBe(true);
    }
  });

  it('shows a corrected article once, at its first URL, with its new text and when it was updated', () => {
    const versions = sources.filter((source) => source.front.title === 'Ferry timetable changes for the winter');
    expect(versions.map((source) => source.id)).toEqual(['2026/10/01/ferry-timetable-changes-for-the-winter']);
    const $ = pageOf(versions[0]!);
    expect(squash($('.article__body').text())).toContain('from Tuesday');
    expect($('.meta__updated time').attr('datetime')).toBe('2025-11-11T09:30:00Z');
    expect(squash($('.meta__updated').text())).toBe('Updated Nov 11, 2025, 09:30');
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as { items: { url: string; date_modified?: string }[] };
    expect(feed.items.find((item) => item.url === `${TEST_SITE_URL}/${versions[0]!.id}/`)?.date_modified).toBe('2025-11-11T09:30:00.000Z');
  });

  it('has a canonical URL, a description and social cards', () => {
    const [source] = sources;
    const $ = pageOf(source!);
    expect($('link[rel=canonical]').attr('href')).toBe(`${TEST_SITE_URL}/${source!.id}/`);
    expect($('meta[name=description]').attr('content')).toBe(source!.front.summary);
    expect($('meta[property="og:title"]').attr('content')).toBe(source!.front.displayTitle ?? source!.front.title);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
  });
});

describe('every page', () => {
  const pages = htmlPages(dist);

  it('runs no script but JSON-LD, the small page enhancement script and (on the search page) search', () => {
    const inline = new Set<string>();
    for (const file of pages) {
      const $ = loadPage(dist, file);
      $('script').each((_, element) => {
        const script = $(element);
        if (script.attr('type') === 'application/ld+json') return;
        if (script.attr('src')) {
          expect(file, `external script ${script.attr('src')}`).toBe('search/index.html');
          return;
        }
        inline.add(script.html() ?? '');
      });
    }
    // One inline script, the same on every page.
    expect(inline.size).toBe(1);
  });

  it('has every internal link and asset resolve to a file', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const $ = loadPage(dist, file);
      $('a[href], link[href], script[src], img[src]').each((_, element) => {
        const target = $(element).attr('href') ?? $(element).attr('src') ?? '';
        const url = new URL(target, `${TEST_SITE_URL}/${file}`);
        if (url.origin !== TEST_SITE_URL) return;
        if (!fileForPath(dist, url.pathname)) broken.push(`${file} → ${target}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('has lang, one h1 and a main landmark', () => {
    const languages = new Set<string>();
    for (const file of pages) {
      const $ = loadPage(dist, file);
      // An article's page is in its own language, as its JSON-LD says; every other page in the site's.
      const headline = $('article h1').text();
      const ld = $('script[type="application/ld+json"]').toArray().map((element) => JSON.parse($(element).text()) as { inLanguage?: string }).find((data) => data.inLanguage);
      const language = ld?.inLanguage ?? 'en';
      expect($('html').attr('lang'), file).toBe(language);
      languages.add(language);
      if (/[\u0600-\u06ff]/.test(headline)) expect(['ar', 'fa', 'ur'], file).toContain(language);
      if (/[\u0400-\u04ff]/.test(headline)) expect(['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk'], file).toContain(language);
      if (/[\u4e00-\u9fff]/.test(headline)) expect(['zh', 'ja'], file).toContain(language);
      if (/[\u0590-\u05ff]/.test(headline)) expect(language, file).toBe('he');
      expect($('html').attr('dir'), file).toBe(['ar', 'he', 'fa', 'ur'].includes(language) ? 'rtl' : undefined);
      if (language !== 'en') expect($('header.site-header').attr('lang'), file).toBe('en');
      expect($('h1'), file).toHaveLength(1);
      expect($('main'), file).toHaveLength(1);
    }
    // The fixtures hold articles in these languages besides English.
    for (const language of ['ar', 'de', 'fa', 'fr', 'ru', 'uk', 'zh']) expect(languages).toContain(language);
  });
});

describe('RSS feed', () => {
  const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');

  it('is read by a feed reader parser with every field', async () => {
    const feed = await new Parser({ customFields: { item: ['dc:creator', 'content:encoded'] } }).parseString(xml);
    expect(feed.title).toBe('newsbrief');
    expect(feed.link).toBe(`${TEST_SITE_URL}/`);
    expect(feed.items.length).toBe(Math.min(50, sources.length));
    for (const item of feed.items) {
      const source = sources.find((candidate) => `${TEST_SITE_URL}/${candidate.id}/` === item.link);
      expect(source, item.link).toBeDefined();
      expect(item.title).toBe(source!.front.displayTitle ?? source!.front.title);
      expect(item.guid).toBe(item.link);
      expect(item.contentSnippet).toBeDefined();
      expect(new Date(item.pubDate!).toUTCString()).toBe(item.pubDate);
      expect(item.categories ?? []).toEqual(source!.front.tags);
    }
    expect(xml).toMatch(/<atom:link href="https:\/\/news\.test\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    expect(xml).toMatch(/<lastBuildDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT<\/lastBuildDate>/);
    expect(xml).toMatch(/<language>en<\/language>/);
    expect(xml).toMatch(/<\?xml-stylesheet href="\/feed\.css"\?>/);
  });

  it('carries the same text as the article page', () => {
    const $ = load(xml, { xml: true });
    $('item').each((_, element) => {
      const link = $(element).find('link').text();
      const html = $(element).find('content\\:encoded').text();
      const id = link.replace(`${TEST_SITE_URL}/`, '').replace(/\/$/, '');
      const feedText = load(html)('p').map((_, p) => squash(load(html)(p).text())).get();
      const page = loadPage(dist, `${id}/index.html`);
      const pageText = page('.article__body p').map((_, p) => squash(page(p).text())).get();
      expect(feedText, id).toEqual(pageText);
    });
  });

  it('has a per-tag feed, a per-place feed and the daily brief feed', async () => {
    const tagFeeds = readdirSync(join(dist, 'tags'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('rss.xml'));
    const placeFeeds = readdirSync(join(dist, 'places'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('rss.xml'));
    expect(tagFeeds.length).toBeGreaterThan(0);
    expect(placeFeeds.length).toBeGreaterThan(0);
    const briefs = await new Parser().parseString(readFileSync(join(dist, 'briefs/rss.xml'), 'utf8'));
    const days = new Set(readdirSync(join(dist, 'briefs'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
    // One item a day, the newest days, as many as the feed holds.
    expect(briefs.items.length).toBe(Math.min(days.size, siteConfig.feedSize));
    const newest = [...days].sort().reverse().slice(0, siteConfig.feedSize);
    expect(briefs.items.map((item) => item.link!.match(/\/briefs\/(\d{4}-\d{2}-\d{2})\/$/)?.[1])).toEqual(newest);
  });
});

describe('JSON Feed', () => {
  it('is valid JSON Feed 1.1', () => {
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('jsonfeed-1.1.schema.json', import.meta.url), 'utf8')));
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    expect(feed.items.length).toBe(Math.min(50, sources.length));
  });
});

describe('search index and site files', () => {
  it('has a Pagefind index of exactly the article pages, in the shards shards.json lists', () => {
    const shards = searchShardFolders(dist);
    expect(shards[0]).toBe('');
    let pageCount = 0;
    for (const folder of shards) {
      expect(existsSync(join(dist, 'pagefind', folder, 'pagefind.js'))).toBe(true);
      const entry = JSON.parse(readFileSync(join(dist, 'pagefind', folder, 'pagefind-entry.json'), 'utf8'));
      pageCount += Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, language) => sum + language.page_count, 0);
    }
    expect(pageCount).toBe(sources.length);
  });

  it('has robots.txt naming both sitemaps, and both sitemaps', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}/news-sitemap.xml`);
    const news = load(readFileSync(join(dist, 'news-sitemap.xml'), 'utf8'), { xml: true });
    expect(news('url').length).toBeGreaterThan(0);
    expect(news('news\\:title').first().text().length).toBeGreaterThan(0);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/${sources[0]!.id}/</loc>`);
  });

  it('lists every page but the 404 page in the sitemap once, articles with their last change', () => {
    const index = load(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'), { xml: true });
    expect(index('sitemap > loc').map((_, element) => index(element).text()).get()).toEqual([`${TEST_SITE_URL}/sitemap-0.xml`]);
    const sitemap = load(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'), { xml: true });
    const listed = sitemap('url > loc').map((_, element) => sitemap(element).text()).get();
    const pages = htmlPages(dist)
      .filter((file) => file !== '404.html')
      .map((file) => `${TEST_SITE_URL}/${file.replace(/index\.html$/, '')}`);
    expect([...listed].sort()).toEqual([...pages].sort());
    for (const source of sources) {
      const lastmod = sitemap('url').filter((_, element) => sitemap(element).children('loc').text() === `${TEST_SITE_URL}/${source.id}/`).children('lastmod').text();
      expect(new Date(lastmod).getTime(), source.id).toBe(new Date(String(source.front.updated ?? source.front.date)).getTime());
    }
  });

  it('has a 404 page', () => {
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });
});
