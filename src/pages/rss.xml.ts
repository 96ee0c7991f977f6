// The main feed: the latest articles with full HTML.
import type { APIRoute } from 'astro';
import { articleFeed } from '../astro/feeds.ts';
import { getSiteIndex } from '../astro/site-index.ts';
import { routes } from '../lib/site/routes.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getSiteIndex();
  return articleFeed({ path: routes.feed, pagePath: routes.home, articles });
};
