import type { APIRoute } from 'astro';
import { urls } from '../astro/site-index.ts';
import { routes } from '../lib/site/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(routes.sitemap)}\nSitemap: ${urls.absolute(routes.newsSitemap)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
