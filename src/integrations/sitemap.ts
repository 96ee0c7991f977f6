import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLastChanges } from '../astro/last-changes.ts';
import { sitemapFiles } from '../lib/feeds/sitemap.ts';
import { routes, type SiteUrls } from '../lib/site/routes.ts';

/**
 * Writes the sitemap (src/lib/feeds/sitemap.ts) of every page the build
 * made but the 404 page, after the pages. Article pages get `lastmod`, so
 * crawlers come back for a correction: the correction's time, else the
 * article's date, as the content loader read them (src/astro/last-changes.ts).
 *
 * It takes the place of @astrojs/sitemap, whose streams and per-entry
 * hook took longer than the rest of a build that reuses its pages.
 */
export function sitemapIntegration({ urls }: { urls: SiteUrls }): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'newsbrief:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const changes = new Map([...readLastChanges(cacheDir!)].map(([id, change]) => [urls.absolute(routes.article(id)), change]));
        const entries = pages
          .filter(({ pathname }) => !/^\/?404\/?$/.test(pathname))
          .map(({ pathname }) => {
            const url = urls.absolute(pathname);
            return { url, lastmod: changes.get(url) };
          });
        const root = fileURLToPath(dir);
        const files = sitemapFiles(entries, urls);
        for (const file of files) writeFileSync(join(root, file.name), file.xml);
        logger.info(`sitemap of ${entries.length.toLocaleString('en')} pages in ${files.length - 1} file${files.length === 2 ? '' : 's'}`);
      },
    },
  };
}
