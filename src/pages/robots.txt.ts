import type { APIRoute } from 'astro';
import { urls } from '../astro/site-index.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute('sitemap-index.xml')}\nSitemap: ${urls.absolute('news-sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
