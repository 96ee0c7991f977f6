// The one bridge from Astro's content collection to the pure site index:
// built once per build and shared by every page and feed.
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheDir, root } from 'astro:config/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FrontMatterNotKept, NoFileRecorded, withHint } from '../lib/errors.ts';
import { articleBodyOf } from '../lib/article/article-file.ts';
import { buildSiteIndex, type ArticleEntry, type SiteIndex } from '../lib/site/site-index.ts';
import { dateFormatter } from '../lib/site/format-date.ts';
import { siteUrls } from '../lib/site/routes.ts';
import { siteConfig } from '../site.config.ts';
import { frontMatterFile, sharedFrontMatter, type KeptFrontMatter } from './front-matter.ts';

let index: Promise<SiteIndex> | undefined;
const projectRoot = fileURLToPath(root);

/** The site index, computed on first use. */
export function getSiteIndex(): Promise<SiteIndex> {
  index ??= getCollection('articles').then((entries) => {
    const kept = sharedFrontMatter(cacheDir);
    return buildSiteIndex(entries.map((entry) => articleEntryOf(entry, kept)), siteConfig);
  });
  return index;
}

/**
 * An entry with the front matter the loader kept for it (the store holds
 * none, see article-loader.ts), and whose Markdown body is read from its file
 * when first asked for: the store holds no bodies either, and a build that
 * reuses most pages reads few.
 */
function articleEntryOf(entry: CollectionEntry<'articles'>, kept: ReadonlyMap<string, KeptFrontMatter>): ArticleEntry {
  if (entry.filePath === undefined) throw new Error(NoFileRecorded.message(entry.id));
  // Front matter of another version of the file would render a page that
  // disagrees with its own key: fail rather than show it.
  const front = kept.get(entry.id);
  if (front === undefined || front.digest !== entry.digest) {
    throw new Error(withHint(FrontMatterNotKept.message(entry.id, frontMatterFile(cacheDir)), FrontMatterNotKept.hint));
  }
  const file = join(projectRoot, entry.filePath);
  let body: string | undefined;
  return {
    id: entry.id,
    data: front.data,
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
