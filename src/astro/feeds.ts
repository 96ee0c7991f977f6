// Feeds made with @astrojs/rss from the site index; one channel shape for all.
import rss from '@astrojs/rss';
import { articleRssItem, type RssItem } from '../lib/feeds/feed-items.ts';
import type { Article } from '../lib/site/site-index.ts';
import { escapeXml } from '../lib/text/escape-xml.ts';
import { routes } from '../lib/site/routes.ts';
import { siteConfig } from '../site.config.ts';
import { urls } from './site-index.ts';

interface FeedOptions {
  /** Channel title after the site name; none for the main feed. */
  title?: string;
  description?: string;
  /** Path of the feed itself, for atom:link rel=self. */
  path: string;
  /** Page the channel links to. */
  pagePath: string;
}

/** An RSS 2.0 response for any list of items. */
export function rssResponse(options: FeedOptions & { items: RssItem[]; lastBuildDate?: Date }): Promise<Response> {
  // The newest item's date: never later than the items, nor in the future of the build. A feed without items has none.
  const lastBuildDate = options.lastBuildDate ?? (options.items.length > 0 ? new Date(Math.max(...options.items.map((item) => item.pubDate.getTime()))) : undefined);
  return rss({
    title: options.title ? `${siteConfig.name}: ${options.title}` : siteConfig.name,
    description: options.description ?? siteConfig.description,
    site: urls.absolute(options.pagePath),
    items: options.items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    stylesheet: urls.path(routes.feedStylesheet),
    customData: [
      `<language>${escapeXml(siteConfig.language)}</language>`,
      lastBuildDate ? `<lastBuildDate>${lastBuildDate.toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeXml(urls.absolute(options.path))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
}

/**
 * The latest articles of a list as an RSS feed. The main feed carries each
 * article's full HTML; topic feeds carry summaries and links, since thousands
 * of topics each repeating 50 whole articles would make the site's size grow
 * with topics × articles.
 */
export function articleFeed(options: FeedOptions & { articles: readonly Article[]; fullText?: boolean }): Promise<Response> {
  const fullText = options.fullText ?? true;
  const size = fullText ? siteConfig.feedSize : siteConfig.topicFeedSize;
  return rssResponse({ ...options, items: options.articles.slice(0, size).map((article) => articleRssItem(article, urls, { fullText, siteLanguage: siteConfig.language })) });
}
