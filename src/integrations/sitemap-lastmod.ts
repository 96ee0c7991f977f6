import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { articleFilesIn } from '../astro/article-files.ts';
import { frontMatterDate } from '../lib/article/article-file.ts';
import { articleIdOfFile } from '../lib/article/article-id.ts';
import { routes, type SiteUrls } from '../lib/site/routes.ts';

/** When each article page last changed: the correction's time, else the article's date, by absolute URL. */
function lastChanges(contentDir: string, urls: SiteUrls): Map<string, string> {
  const changes = new Map<string, string>();
  for (const file of articleFilesIn(contentDir)) {
    const contents = readFileSync(join(contentDir, file), 'utf8');
    const changed = frontMatterDate(contents, 'updated') ?? frontMatterDate(contents, 'date');
    if (changed) changes.set(urls.absolute(routes.article(articleIdOfFile(file))), changed);
  }
  return changes;
}

/**
 * The sitemap's `serialize` option: article pages get `lastmod`, so crawlers
 * come back for a correction. Read from the collection's front matter when
 * the sitemap is written, after the pages; other pages have none.
 */
export function sitemapLastmod(contentDir: string, urls: SiteUrls): (item: SitemapItem) => SitemapItem {
  let changes: Map<string, string> | undefined;
  return (item) => {
    changes ??= lastChanges(resolve(contentDir), urls);
    const lastmod = changes.get(item.url);
    return lastmod ? { ...item, lastmod } : item;
  };
}
