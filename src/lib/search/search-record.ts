import { renderArticleHtml } from '../markdown/render-article-html.ts';
import { escapeXml } from '../text/escape-xml.ts';
import { spaceUnspacedWords } from './word-spaces.ts';

/** What the search index needs of an article. */
export interface SearchableArticle {
  title: string;
  /** ISO date or date-time, as in the front matter. */
  date: string;
  /** The article's day, `YYYY-MM-DD` in the site's time zone. */
  day: string;
  tags: readonly string[];
  places: readonly string[];
  /** The standfirst under the headline, when there is one. */
  standfirst?: string;
  /** The Markdown body. */
  body: string;
}

const hidden = (attribute: string, value: string) => `<span hidden ${attribute}="${escapeXml(value)}"></span>`;

/**
 * The HTML Pagefind indexes for an article: its headline, standfirst and
 * body, exactly as the article page shows them (the same renderer), with
 * the result's metadata, sort key and filters. The metadata is only what the
 * search page shows (headline, date, and the day that date falls on in the
 * site's time zone): every stored byte costs Pagefind's indexer memory.
 * Built from the Markdown instead of read back from the built page, so
 * indexing runs beside the page build instead of after it. Every value is
 * escaped: article text stays text. Chinese, Japanese and Thai words are
 * spaced apart, as Pagefind's script splits the query (see word-spaces.ts).
 */
export function searchRecordHtml(article: SearchableArticle, language: string, tieBreak?: string): string {
  const title = escapeXml(spaceUnspacedWords(article.title));
  // Articles of the same date sort by `tieBreak` (their source file, as the shards are cut), so that results
  // come in one order whether the index is one or several.
  const sortKey = tieBreak ? `${article.date} ${tieBreak}` : article.date;
  return [
    `<!doctype html><html lang="${escapeXml(language)}"><head><title>${title}</title></head><body>`,
    `<article data-pagefind-body data-pagefind-sort="${escapeXml(`date:${sortKey}`)}">`,
    `<h1 data-pagefind-meta="title">${title}</h1>`,
    ...(article.standfirst ? [`<p>${escapeXml(spaceUnspacedWords(article.standfirst))}</p>`] : []),
    // Words of unspaced scripts are spaced in the text between tags (see word-spaces.ts).
    renderArticleHtml(article.body).replace(/(?<=^|>)[^<]+/g, (text) => spaceUnspacedWords(text)),
    hidden('data-pagefind-meta', `date:${article.date}`),
    hidden('data-pagefind-meta', `day:${article.day}`),
    ...article.tags.map((name) => hidden('data-pagefind-filter', `tag:${name}`)),
    ...article.places.map((name) => hidden('data-pagefind-filter', `place:${name}`)),
    hidden('data-pagefind-filter', `year:${article.day.slice(0, 4)}`),
    '</article></body></html>',
  ].join('');
}
