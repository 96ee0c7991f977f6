// The content loader of the article collection: the ingest's Markdown files
// under the content folder, each stored with its front matter (checked by the
// collection's schema) and the path of its file, not its body.
//
// Unlike Astro's glob() loader it puts no body into the data store, neither
// rendered nor as Markdown: Astro serialises the whole store and bundles it
// into the build, where the bodies were a large part of its cost (and the
// rendered copies were read by nothing). The site index
// reads each body from its file (src/astro/site-index.ts), and pages, feeds
// and the search index render it themselves (src/lib/markdown/render-article-html.ts).
// `render()` and `entry.body` are therefore not available for this
// collection.
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidFrontMatter, NoFrontMatter, SameUrl, UrlKeepsFolderDay, withHint } from '../lib/errors.ts';
import { articleDay } from '../lib/article/article-day.ts';
import { calendarDay } from '../lib/article/schema.ts';
import { siteConfig } from '../site.config.ts';
import { frontMatterDate, splitArticleFile } from '../lib/article/article-file.ts';
import { articleIdOfFile, isArticleFile } from '../lib/article/article-id.ts';
import type { ArticleFrontMatter } from '../lib/article/schema.ts';
import { articleFilesIn } from './article-files.ts';
import { writeLastChanges } from './last-changes.ts';

/** Loads every article file under `base` (relative to the project root, or absolute). */
export function articleLoader(base: string): Loader {
  return {
    name: 'newsbrief-articles',
    load: async (context) => {
      const root = isAbsolute(base) ? base : resolve(fileURLToPath(context.config.root), base);
      const fileOfId = new Map<string, string>();
      const unseen = new Set(context.store.keys());
      const lastChanges = new Map<string, string>();
      for (const file of articleFilesIn(root)) {
        const { id, data } = await loadFile(context, root, file, fileOfId);
        unseen.delete(id);
        lastChanges.set(id, data.updated ?? data.date);
      }
      for (const id of unseen) context.store.delete(id);
      writeLastChanges(context.config.cacheDir, lastChanges);
      watchForChanges(context, root, fileOfId);
    },
  };
}

/**
 * An article's URL is its file's path (`2025/11/12/slug`), which a date
 * corrected by hand in its front matter does not move: say so at every build.
 */
function warnOfMovedDay(logger: LoaderContext['logger'], path: string, id: string, date: string | undefined): void {
  const folderDay = /^(\d{4})\/(\d{2})\/(\d{2})\//.exec(id);
  if (!date || !folderDay || !calendarDay.safeParse(date.slice(0, 10)).success) return;
  const day = articleDay(date, siteConfig.timeZone);
  if (day !== folderDay.slice(1).join('-')) logger.warn(withHint(UrlKeepsFolderDay.message(path, day, id), UrlKeepsFolderDay.hint));
}

/**
 * Stores one file's entry, unless it is unchanged since the last sync;
 * returns its id and front matter. A file whose size and time are those the last sync saw
 * (kept in the loader's meta store) is not read again.
 */
async function loadFile({ store, meta, parseData, generateDigest, config, logger }: LoaderContext, root: string, file: string, fileOfId: Map<string, string>): Promise<{ id: string; data: ArticleFrontMatter }> {
  const path = join(root, file);
  const id = articleIdOfFile(file);
  const twin = fileOfId.get(id);
  if (twin !== undefined && twin !== file) throw new Error(withHint(SameUrl.message(path, id, join(root, twin)), SameUrl.hint));
  fileOfId.set(id, file);
  const { size, mtimeMs } = statSync(path);
  const stamp = `${size} ${mtimeMs}`;
  const known = store.get(id);
  if (known && meta.get(file) === stamp) {
    warnOfMovedDay(logger, path, id, typeof known.data.date === 'string' ? known.data.date : undefined);
    return { id, data: known.data as ArticleFrontMatter };
  }
  const contents = readFileSync(path, 'utf8');
  warnOfMovedDay(logger, path, id, frontMatterDate(contents, 'date'));
  const digest = generateDigest(contents);
  // The stamp is kept only once the entry is stored: a file that failed its check is read again.
  if (known?.digest === digest) {
    meta.set(file, stamp);
    return { id, data: known.data as ArticleFrontMatter };
  }
  let split;
  try {
    split = splitArticleFile(contents);
  } catch (error) {
    throw new Error(InvalidFrontMatter.message(path, (error as Error).message));
  }
  if (!split) throw new Error(withHint(NoFrontMatter.message(path), NoFrontMatter.hint));
  const data = await parseData({ id, data: split.front as Record<string, unknown>, filePath: path });
  store.set({ id, data, filePath: relative(fileURLToPath(config.root), path).split(sep).join('/'), digest });
  meta.set(file, stamp);
  return { id, data: data as ArticleFrontMatter };
}

/** In `astro dev`, follows files being added, edited and removed. */
function watchForChanges(context: LoaderContext, root: string, fileOfId: Map<string, string>): void {
  const { watcher, logger, store } = context;
  if (!watcher) return;
  watcher.add(root);
  const articleFile = (path: string) => {
    const file = relative(root, path);
    return file.startsWith('..') || isAbsolute(file) || !isArticleFile(file) ? undefined : file;
  };
  const reload = async (path: string) => {
    const file = articleFile(path);
    if (file === undefined) return;
    try {
      await loadFile(context, root, file, fileOfId);
    } catch (error) {
      logger.error((error as Error).message);
    }
  };
  watcher.on('add', reload);
  watcher.on('change', reload);
  watcher.on('unlink', (path) => {
    const file = articleFile(path);
    if (file === undefined) return;
    const id = articleIdOfFile(file);
    if (fileOfId.get(id) !== file) return;
    fileOfId.delete(id);
    store.delete(id);
  });
}
