import { escapeXml } from '../text/escape-xml.ts';
import { routes, type SiteUrls } from '../site/routes.ts';

/** A page of the sitemap: its absolute URL and, for an article, when it last changed. */
export interface SitemapEntry {
  url: string;
  lastmod?: string;
}

/** One file of the sitemap, named relative to `dist/`. */
export interface SitemapFile {
  name: string;
  xml: string;
}

// Crawlers read at most 50,000 URLs a file; Astro's sitemap integration cuts at 45,000.
const URLS_PER_FILE = 45_000;
const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

// The order a reader expects: "page/2/" before "page/10/".
const byUrl = new Intl.Collator('en', { numeric: true }).compare;

const isoOf = (date: string) => new Date(date).toISOString();

/** The newest of some ISO times, if any. */
const latest = (times: readonly (string | undefined)[]) => times.reduce<string | undefined>((newest, time) => (time !== undefined && (newest === undefined || time > newest) ? time : newest), undefined);

/**
 * The sitemap of a site (https://www.sitemaps.org/protocol.html):
 * `sitemap-index.xml` (routes.sitemap) naming `sitemap-0.xml`, `sitemap-1.xml`… of at most
 * 45,000 URLs each, sorted by URL, with each file's newest change. The same
 * entries give the same bytes, whenever they are written.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], urls: SiteUrls): SitemapFile[] {
  const sorted = [...new Map(entries.map((entry) => [entry.url, entry])).values()].sort((a, b) => byUrl(a.url, b.url));
  const files: SitemapFile[] = [];
  const index: string[] = [];
  for (let start = 0; start < sorted.length; start += URLS_PER_FILE) {
    const chunk = sorted.slice(start, start + URLS_PER_FILE).map((entry) => ({ url: entry.url, lastmod: entry.lastmod === undefined ? undefined : isoOf(entry.lastmod) }));
    const name = `sitemap-${files.length}.xml`;
    const lines = chunk.map(({ url, lastmod }) => `<url><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`);
    files.push({ name, xml: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${XMLNS}">${lines.join('')}</urlset>` });
    const newest = latest(chunk.map((entry) => entry.lastmod));
    index.push(`<sitemap><loc>${escapeXml(urls.absolute(name))}</loc>${newest ? `<lastmod>${newest}</lastmod>` : ''}</sitemap>`);
  }
  files.push({ name: routes.sitemap, xml: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="${XMLNS}">${index.join('')}</sitemapindex>` });
  return files;
}
