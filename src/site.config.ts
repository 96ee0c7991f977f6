/**
 * The one place for site settings. `SITE_URL` and `BASE_PATH` from the
 * environment override `url` and `basePath`, so one build can be deployed to
 * a domain root or under a sub-path without editing this file.
 */
export interface SiteConfig {
  /** Name shown in the header, titles and feeds. */
  name: string;
  /** One sentence for the home page, meta description and feeds. */
  description: string;
  /** BCP 47 language of the site, written to `<html lang>` and feeds. */
  language: string;
  /** Absolute origin the site is served from, without the base path. */
  url: string;
  /** Sub-path the site lives under, always with leading and trailing slash. */
  basePath: string;
  /** IANA time zone in which article days and times are shown, and in which a time an article gives without a zone is read. */
  timeZone: string;
  /** Days shown on one page of the home page and brief lists. */
  daysPerPage: number;
  /** Articles on one page of a topic list or archive month. */
  articlesPerPage: number;
  /** Items in the main RSS feed and JSON Feed. */
  feedSize: number;
  /** Items in each topic's feed (summaries and links). */
  topicFeedSize: number;
  /** A tag, place, person or organisation gets its own page from this many articles. */
  topicMinArticles: number;
  /** Related articles shown under an article. */
  relatedCount: number;
  /** Publisher name for JSON-LD and feeds. */
  publisher: string;
  /**
   * Most words in one shard of the search index (`NEWSBRIEF_SEARCH_SHARD_WORDS`
   * overrides it). Pagefind's memory grows with the words it indexes, so
   * this bounds the build's memory (scripts/bench/README.md has the
   * figures). A site with more words gets several shards, which the search
   * page queries together (see src/lib/search/search-shards.ts).
   */
  searchShardWords: number;
  /** Folder of the Markdown collection (`NEWSBRIEF_CONTENT_DIR` overrides it). */
  contentDir: string;
}

/** Makes a base path of the form `/` or `/brief/`. */
export function normaliseBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const env = typeof process === 'undefined' ? {} : process.env;

export const siteConfig: SiteConfig = {
  name: 'newsbrief',
  description: 'The day’s news in brief: short, sourced and searchable.',
  language: 'en',
  url: (env.SITE_URL ?? 'https://newsbrief.example').replace(/\/+$/, ''),
  basePath: normaliseBasePath(env.BASE_PATH),
  timeZone: 'UTC',
  daysPerPage: 5,
  articlesPerPage: 50,
  feedSize: 50,
  topicFeedSize: 20,
  topicMinArticles: 2,
  relatedCount: 5,
  publisher: 'newsbrief',
  searchShardWords: Number(env.NEWSBRIEF_SEARCH_SHARD_WORDS) || 4_000_000,
  contentDir: env.NEWSBRIEF_CONTENT_DIR ?? './content/articles',
};
