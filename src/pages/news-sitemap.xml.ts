import type { APIRoute } from 'astro';
import { getSiteIndex, urls } from '../astro/site-index.ts';
import { newsSitemap } from '../lib/feeds/news-sitemap.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getSiteIndex();
  const xml = newsSitemap(articles, { now: Date.now(), publisher: siteConfig.publisher, language: siteConfig.language, urls });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
