// Cache keys for incremental builds. Astro reuses a page from the previous
// build when its key and its code are unchanged (experimental.incrementalBuild),
// so a page's key must cover everything the page shows: its own articles and
// every piece of another article or of the site it links to or lists.
// Keys over-cover rather than under-cover: a page rendered again for nothing
// costs a few milliseconds, a page reused wrongly shows stale news.
import { digestOf } from '../cache/digest.ts';
import type { SiteConfig } from '../../site.config.ts';
import type { Article, Day, SiteIndex } from './site-index.ts';
import { TOPIC_KINDS } from './topic-kinds.ts';

// Every key covers the site settings: digested once per build, not once per page.
const settingsDigests = new WeakMap<SiteConfig, string>();

/** The key of a page that shows `parts` under the site settings `config`. */
export function keyOf(config: SiteConfig, ...parts: unknown[]): string {
  let settings = settingsDigests.get(config);
  if (settings === undefined) settingsDigests.set(config, (settings = digestOf(config)));
  return digestOf(settings, parts);
}

/**
 * What a list item (components/ArticleList.astro) or a feed item shows of an
 * article changes only with the article's file: its path and its file's
 * digest stand for it (the site settings that shape it are in every key).
 */
export function cardOf(article: Article): string[] {
  return [article.path, article.version];
}

/** What a list of days shows (layouts/DaysLayout.astro, the daily brief). */
export function dayCardsOf(days: readonly Day[]): unknown[] {
  return days.map((day) => [day.day, day.articles.map(cardOf)]);
}

/** A paginated page as Astro's `paginate()` or src/lib/site/stable-pages.ts hands it over. */
interface PageOf<T> {
  data: readonly T[];
  currentPage: number;
  lastPage: number;
  total: number;
  url: object;
}

/**
 * The key of one page of a list of articles (layouts/ListLayout.astro): its
 * items, its place among the pages, and `extra` (the list's heading); the
 * count of the whole list only for the first page, the one that shows it.
 */
export function listPageKey(config: SiteConfig, page: PageOf<Article>, ...extra: unknown[]): string {
  const { currentPage, lastPage, total, url } = page;
  return keyOf(config, extra, currentPage, lastPage, currentPage === 1 ? total : null, url, page.data.map(cardOf));
}

/** The key of one page of days (the home page's older pages). */
export function daysPageKey(config: SiteConfig, page: PageOf<Day>): string {
  const { currentPage, lastPage, total, url } = page;
  return keyOf(config, currentPage, lastPage, total, url, dayCardsOf(page.data));
}

/**
 * The key of an article page: the article whole, the related and
 * neighbouring articles it links to, and which of its topics have pages
 * (those are links, the others plain names).
 */
export function articlePageKey(config: SiteConfig, article: Article, index: SiteIndex, related: readonly Article[]): string {
  const { newer, older } = index.neighbours(article);
  const neighbour = (other: Article | undefined) => (other ? cardOf(other) : null);
  const topicPages = TOPIC_KINDS.map((kind) => article.data[kind].map((name) => index.topicOf(kind, name)?.path ?? null));
  return keyOf(config, cardOf(article), related.map(cardOf), neighbour(newer), neighbour(older), topicPages);
}
