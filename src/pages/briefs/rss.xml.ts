// The daily brief feed: one item per day with its headlines and summaries.
import type { APIRoute } from 'astro';
import { rssResponse } from '../../astro/feeds.ts';
import { format, getSiteIndex, urls } from '../../astro/site-index.ts';
import { briefRssItem } from '../../lib/feeds/feed-items.ts';
import { routes } from '../../lib/site/routes.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const { days } = await getSiteIndex();
  const items = days.slice(0, siteConfig.feedSize).map((day) => briefRssItem(day, `Brief for ${format.longDay(day.day)}`, urls));
  return rssResponse({ title: 'daily briefs', description: `Each day's headlines from ${siteConfig.name} in one item.`, path: routes.briefsFeed, pagePath: routes.briefs, items });
};
