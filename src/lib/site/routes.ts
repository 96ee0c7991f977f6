import type { TopicKind } from './topic-kinds.ts';

/** Builds site paths and absolute URLs under a base path. */
export interface SiteUrls {
  /** A path under the base: `path('tags/mali/')` → `/brief/tags/mali/`. */
  path(relative: string): string;
  /** The same as an absolute URL on the site's origin. */
  absolute(relative: string): string;
}

/** URLs for a site served from `origin` under `basePath` (`/` or `/brief/`). */
export function siteUrls(origin: string, basePath: string): SiteUrls {
  const path = (relative: string) => `${basePath}${relative.replace(/^\/+/, '')}`;
  return { path, absolute: (relative) => new URL(path(relative), `${origin}/`).href };
}

/** A page of a paginated list: the first has no number. */
const paged = (first: string, page: number) => (page > 1 ? `${first}${page}/` : first);

/**
 * Every path of the site, relative to its base path: the one place that
 * knows the URL scheme. Pages, layouts, feeds, sitemaps and the search
 * index all make their links here.
 */
export const routes = {
  home: '',
  /** `/page/2/` …; page 1 is the home page. */
  homePage: (page: number) => (page > 1 ? `page/${page}/` : ''),
  /** An article's page, from its collection id `2025/11/12/<slug>`. */
  article: (id: string) => `${id}/`,
  briefs: 'briefs/',
  brief: (day: string) => `briefs/${day}/`,
  archive: 'archive/',
  month: (month: string, page = 1) => paged(`archive/${month}/`, page),
  topics: 'topics/',
  topic: (kind: TopicKind, slug: string, page = 1) => paged(`${kind}/${slug}/`, page),
  topicFeed: (kind: TopicKind, slug: string) => `${kind}/${slug}/rss.xml`,
  search: 'search/',
  feed: 'rss.xml',
  jsonFeed: 'feed.json',
  briefsFeed: 'briefs/rss.xml',
  feedStylesheet: 'feed.css',
  /** Every feed of the site, with how to subscribe. */
  feeds: 'feeds/',
  sitemap: 'sitemap-index.xml',
  newsSitemap: 'news-sitemap.xml',
  favicon: 'favicon.svg',
  notFound: '404.html',
} as const;
