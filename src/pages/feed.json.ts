// JSON Feed 1.1 of the latest articles.
import type { APIRoute } from 'astro';
import { getSiteIndex, urls } from '../astro/site-index.ts';
import { jsonFeed } from '../lib/feeds/feed-items.ts';
import { routes } from '../lib/site/routes.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getSiteIndex();
  const feed = jsonFeed({
    title: siteConfig.name,
    description: siteConfig.description,
    language: siteConfig.language,
    homePath: routes.home,
    feedPath: routes.jsonFeed,
    articles: articles.slice(0, siteConfig.feedSize),
    urls,
  });
  return new Response(JSON.stringify(feed, null, 1), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
