// The one bridge from Astro's content collection to the pure site index:
// built once per build and shared by every page and feed.
import { getCollection, type CollectionEntry } from 'astro:content';
import { root } from 'astro:config/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NoFileRecorded } from '../lib/errors.ts';
import { articleBodyOf } from '../lib/article/article-file.ts';
import { buildSiteIndex, type ArticleEntry, type SiteIndex } from '../lib/site/site-index.ts';
import { dateFormatter } from '../lib/site/format-date.ts';
import { siteUrls } from '../lib/site/routes.ts';
import { siteConfig } from '../site.config.ts';

let index: Promise<SiteIndex> | undefined;
const projectRoot = fileURLToPath(root);

/** The site index, computed on first use. */
export function getSiteIndex(): Promise<SiteIndex> {
  index ??= getCollection('articles').then((entries) => buildSiteIndex(entries.map(withBody), siteConfig));
  return index;
}

/**
 * An entry whose Markdown body is read from its file when first asked for:
 * the collection's store holds no bodies (see article-loader.ts), and a build
 * that reuses most pages reads few.
 */
function withBody(entry: CollectionEntry<'articles'>): ArticleEntry {
  if (entry.filePath === undefined) throw new Error(NoFileRecorded.message(entry.id));
  const file = join(projectRoot, entry.filePath);
  let body: string | undefined;
  return {
    id: entry.id,
    data: entry.data,
    digest: entry.digest,
    get body() {
      body ??= articleBodyOf(readFileSync(file, 'utf8')) ?? '';
      return body;
    },
  };
}

/** Paths and absolute URLs under the configured base path. */
export const urls = siteUrls(siteConfig.url, siteConfig.basePath);

/** Dates for readers, in the site's language and time zone. */
export const format = dateFormatter(siteConfig.language, siteConfig.timeZone);
