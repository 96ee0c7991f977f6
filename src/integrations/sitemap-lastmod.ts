import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { articleFilesIn } from '../astro/article-files.ts';
import { frontMatterDate } from '../lib/article/article-file.ts';
import { articleIdOfFile } from '../lib/article/article-id.ts';
import { routes, type SiteUrls } from '../lib/site/routes.ts';

/** What the last build read: each file's size and time, and its last change. */
type ReadBefore = Record<string, [stamp: string, changed: string | null]>;

function readBefore(cacheFile: string): ReadBefore {
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as ReadBefore;
  } catch {
    return {};
  }
}

/**
 * When each article page last changed: the correction's time, else the
 * article's date, by absolute URL. A file whose size and time are those
 * the last build saw (`cacheFile`) is not read again.
 */
function lastChanges(contentDir: string, urls: SiteUrls, cacheFile: string): Map<string, string> {
  // `build --force` reuses nothing.
  const before = process.argv.includes('--force') ? {} : readBefore(cacheFile);
  const now: ReadBefore = {};
  const changes = new Map<string, string>();
  for (const file of articleFilesIn(contentDir)) {
    const path = join(contentDir, file);
    const { size, mtimeMs } = statSync(path);
    const stamp = `${size} ${mtimeMs}`;
    let changed = before[file]?.[0] === stamp ? before[file][1] : undefined;
    if (changed === undefined) {
      const contents = readFileSync(path, 'utf8');
      changed = frontMatterDate(contents, 'updated') ?? frontMatterDate(contents, 'date') ?? null;
    }
    now[file] = [stamp, changed];
    if (changed) changes.set(urls.absolute(routes.article(articleIdOfFile(file))), changed);
  }
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(now));
  return changes;
}

/**
 * The sitemap's `serialize` option: article pages get `lastmod`, so crawlers
 * come back for a correction. Read from the collection's front matter when
 * the sitemap is written, after the pages; other pages have none.
 */
export function sitemapLastmod(contentDir: string, urls: SiteUrls, cacheFile: string): (item: SitemapItem) => SitemapItem {
  let changes: Map<string, string> | undefined;
  return (item) => {
    changes ??= lastChanges(resolve(contentDir), urls, cacheFile);
    const lastmod = changes.get(item.url);
    return lastmod ? { ...item, lastmod } : item;
  };
}
