import { languageOf } from '../site/language.ts';
import type { Article } from '../site/site-index.ts';
import type { SiteUrls } from '../site/routes.ts';
import { escapeXml } from '../text/escape-xml.ts';

const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;

/**
 * A Google News sitemap of the articles published in the two days before
 * `now` (Google reads no older ones). On an archive with nothing that recent
 * it lists the newest day, so the file is never empty.
 */
export function newsSitemap(articles: readonly Article[], options: { now: number; publisher: string; language: string; urls: SiteUrls }): string {
  const recent = articles.filter((article) => options.now - article.time <= TWO_DAYS);
  const listed = recent.length > 0 ? recent : articles.filter((article) => article.day === articles[0]?.day);
  const entries = listed.slice(0, 1000).map((article) => [
    '<url>',
    `<loc>${escapeXml(options.urls.absolute(article.path))}</loc>`,
    '<news:news><news:publication>',
    `<news:name>${escapeXml(options.publisher)}</news:name><news:language>${escapeXml(languageOf(article.data, options.language))}</news:language>`,
    '</news:publication>',
    `<news:publication_date>${escapeXml(article.data.date)}</news:publication_date>`,
    `<news:title>${escapeXml(article.headline)}</news:title>`,
    '</news:news></url>',
  ].join(''));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}
