// The content loader of the article collection: the ingest's Markdown files
// under the content folder, each checked against the one front-matter schema
// (src/lib/article/schema.ts) and stored with only its id, digest and the path
// of its file: no front matter and no body.
//
// Unlike Astro's glob() loader it puts neither into the data store: Astro
// serialises the whole store at every sync, parses it again and bundles it
// into the build, where they were a large part of its cost (and rendered
// bodies were read by nothing). The loader keeps the checked front matter in
// a file of its own (src/astro/front-matter.ts), from which the site index
// takes it; the site index reads each body from its file
// (src/astro/site-index.ts), and pages, feeds and the search index render it
// themselves (src/lib/markdown/render-article-html.ts). `entry.data`,
// `render()` and `entry.body` are therefore empty or not available for this
// collection.
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FrontMatterMismatch, InvalidFrontMatter, NoFrontMatter, SameUrl, UrlKeepsFolderDay, withHint } from '../lib/errors.ts';
import { articleDay } from '../lib/article/article-day.ts';
import { articleSchema, isCalendarDay, type ArticleFrontMatter } from '../lib/article/schema.ts';
import { siteConfig } from '../site.config.ts';
import { frontMatterDate, splitArticleFile } from '../lib/article/article-file.ts';
import { articleIdOfFile, isArticleFile } from '../lib/article/article-id.ts';
import { articleFilesIn } from './article-files.ts';
import { readFrontMatter, shareFrontMatter, writeFrontMatter, type KeptFrontMatter } from './front-matter.ts';
import { writeLastChanges } from './last-changes.ts';

/** Loads every article file under `base` (relative to the project root, or absolute). */
export function articleLoader(base: string): Loader {
  return {
    name: 'newsbrief-articles',
    load: async (context) => {
      const root = isAbsolute(base) ? base : resolve(fileURLToPath(context.config.root), base);
      const fileOfId = new Map<string, string>();
      const unseen = new Set(context.store.keys());
      const kept = readFrontMatter(context.config.cacheDir);
      const articles = new Map<string, KeptFrontMatter>();
      const lastChanges = new Map<string, string>();
      for (const file of articleFilesIn(root)) {
        const { id, article } = loadFile(context, root, file, fileOfId, kept);
        unseen.delete(id);
        articles.set(id, article);
        lastChanges.set(id, article.data.updated ?? article.data.date);
      }
      for (const id of unseen) context.store.delete(id);
      if (differ(articles, kept)) writeFrontMatter(context.config.cacheDir, articles);
      shareFrontMatter(context.config.cacheDir, articles);
      writeLastChanges(context.config.cacheDir, lastChanges);
      watchForChanges(context, root, fileOfId, articles);
    },
  };
}

/** Whether two sets of kept front matter differ: loadFile returns the kept object itself for a file it did not read. */
const differ = (now: ReadonlyMap<string, KeptFrontMatter>, before: ReadonlyMap<string, KeptFrontMatter>): boolean =>
  now.size !== before.size || [...now].some(([id, article]) => before.get(id) !== article);

/**
 * An article's URL is its file's path (`2025/11/12/slug`), which a date
 * corrected by hand in its front matter does not move: say so at every build.
 */
function warnOfMovedDay(logger: LoaderContext['logger'], path: string, id: string, date: string | undefined): void {
  const folderDay = /^(\d{4})\/(\d{2})\/(\d{2})\//.exec(id);
  if (!date || !folderDay || !isCalendarDay(date.slice(0, 10))) return;
  const day = articleDay(date, siteConfig.timeZone);
  if (day !== folderDay.slice(1).join('-')) logger.warn(withHint(UrlKeepsFolderDay.message(path, day, id), UrlKeepsFolderDay.hint));
}

/**
 * Stores one file's entry and returns its id and checked front matter,
 * kept (see front-matter.ts) with the digest, size and time of its file. A
 * file whose size and time are those the last sync kept is not read again; a
 * file whose digest is unchanged is not checked again.
 */
function loadFile({ store, generateDigest, config, logger }: LoaderContext, root: string, file: string, fileOfId: Map<string, string>, kept: ReadonlyMap<string, KeptFrontMatter>): { id: string; article: KeptFrontMatter } {
  const path = join(root, file);
  const id = articleIdOfFile(file);
  const twin = fileOfId.get(id);
  if (twin !== undefined && twin !== file) throw new Error(withHint(SameUrl.message(path, id, join(root, twin)), SameUrl.hint));
  fileOfId.set(id, file);
  const { size, mtimeMs } = statSync(path);
  const stamp = `${size} ${mtimeMs}`;
  const known = kept.get(id);
  // The kept front matter must be that of the stored entry: the store may
  // have been cleared (a changed Astro config), or saved by a sync that
  // failed before the loader wrote its file.
  if (known?.stamp === stamp && store.get(id)?.digest === known.digest) {
    warnOfMovedDay(logger, path, id, known.data.date);
    return { id, article: known };
  }
  const contents = readFileSync(path, 'utf8');
  warnOfMovedDay(logger, path, id, frontMatterDate(contents, 'date'));
  const digest = generateDigest(contents);
  const data = known?.digest === digest ? known.data : checkedFrontMatter(path, contents);
  store.set({ id, data: {}, filePath: relative(fileURLToPath(config.root), path).split(sep).join('/'), digest });
  return { id, article: { stamp, digest, data } };
}

/** A file's front matter, checked against the article schema; an error names the file and each field that does not fit. */
function checkedFrontMatter(path: string, contents: string): ArticleFrontMatter {
  let split;
  try {
    split = splitArticleFile(contents);
  } catch (error) {
    throw new Error(InvalidFrontMatter.message(path, (error as Error).message));
  }
  if (!split) throw new Error(withHint(NoFrontMatter.message(path), NoFrontMatter.hint));
  const checked = articleSchema.safeParse(split.front);
  if (checked.success) return checked.data;
  const problems = checked.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`);
  throw new Error(withHint(FrontMatterMismatch.message(path, problems), FrontMatterMismatch.hint));
}

/**
 * In `astro dev`, follows files being added, edited and removed, and writes
 * the kept front matter again after each change, before the site index is
 * built again from the store.
 */
function watchForChanges(context: LoaderContext, root: string, fileOfId: Map<string, string>, articles: Map<string, KeptFrontMatter>): void {
  const { watcher, logger, store, config } = context;
  if (!watcher) return;
  watcher.add(root);
  const articleFile = (path: string) => {
    const file = relative(root, path);
    return file.startsWith('..') || isAbsolute(file) || !isArticleFile(file) ? undefined : file;
  };
  const reload = (path: string) => {
    const file = articleFile(path);
    if (file === undefined) return;
    try {
      const { id, article } = loadFile(context, root, file, fileOfId, articles);
      if (articles.get(id) === article) return;
      articles.set(id, article);
      writeFrontMatter(config.cacheDir, articles);
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
    articles.delete(id);
    writeFrontMatter(config.cacheDir, articles);
  });
}
