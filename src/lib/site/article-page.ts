import type { SiteConfig } from '../../site.config.ts';
import { articleDay } from '../article/article-day.ts';
import { topicFeedLink, type FeedLink } from './feed-links.ts';
import type { DateFormatter } from './format-date.ts';
import { routes, type SiteUrls } from './routes.ts';
import type { Article, SiteIndex } from './site-index.ts';
import { breadcrumbLd, newsArticleLd } from './structured-data.ts';

/** What an article page shows besides the article itself. */
export interface ArticlePage {
  /** "Wednesday 12 November 2025". */
  dayLabel: string;
  /** "14:05", when the article's date has a time. */
  time?: string;
  /** "3 Dec 2025, 09:12", when a correction updated the article. */
  updatedLabel?: string;
  related: Article[];
  newer?: Article;
  older?: Article;
  /** NewsArticle and BreadcrumbList. */
  jsonLd: Record<string, unknown>[];
  /** The feeds of the article's first tag and first place that have pages. */
  feeds: FeedLink[];
}

/**
 * Works out an article page's neighbouring articles, JSON-LD and feeds;
 * `related` is `index.related(article, config.relatedCount)`, worked out
 * once where the page's cache key is made.
 */
export function articlePage(article: Article, index: SiteIndex, related: Article[], site: { config: SiteConfig; urls: SiteUrls; format: DateFormatter }): ArticlePage {
  const { config, urls, format } = site;
  const { data } = article;
  const url = urls.absolute(article.path);
  const dayLabel = format.longDay(article.day);
  const jsonLd = [
    newsArticleLd(article, url, { name: config.publisher, url: urls.absolute(routes.home), language: config.language }),
    breadcrumbLd([
      { name: config.name, url: urls.absolute(routes.home) },
      { name: dayLabel, url: urls.absolute(routes.brief(article.day)) },
      { name: article.headline, url },
    ]),
  ];
  const firstTag = data.tags.map((name) => index.topicOf('tags', name)).find(Boolean);
  const firstPlace = data.places.map((name) => index.topicOf('places', name)).find(Boolean);
  const { newer, older } = index.neighbours(article);
  return {
    dayLabel,
    time: format.time(data.date),
    ...(data.updated ? { updatedLabel: [format.shortDay(articleDay(data.updated, config.timeZone)), format.time(data.updated)].filter(Boolean).join(', ') } : {}),
    related,
    newer,
    older,
    jsonLd,
    feeds: [firstTag, firstPlace].filter((topic) => topic !== undefined).map((topic) => topicFeedLink(topic, config.name)),
  };
}
