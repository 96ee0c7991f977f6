// JSON Feed 1.1 of the latest articles.
import type { APIRoute } from 'astro';
import { getSiteIndex, urls } from '../astro/site-index.ts';
import { jsonFeed } from '../lib/feeds/feed-items.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getSiteIndex();
  const feed = jsonFeed({
    title: siteConfig.name,
    description: siteConfig.description,
    language: siteConfig.language,
    homePath: '',
    feedPath: 'feed.json',
    articles: articles.slice(0, siteConfig.feedSize),
    urls,
  });
  return new Response(JSON.stringify(feed, null, 1), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
