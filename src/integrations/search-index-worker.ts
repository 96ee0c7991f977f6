// A worker thread that builds the whole Pagefind index from the Markdown
// collection while Astro renders pages, on the other core, and reports when
// the index is written. The build then moves it into the site.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { articleDay } from '../lib/article-day.ts';
import { splitArticleFile } from '../lib/article-file.ts';
import { articleIdOfFile } from '../lib/article-id.ts';
import { searchRecordHtml, type SearchableArticle } from '../lib/search-record.ts';
import { articlePath } from '../lib/site-urls.ts';

export interface SearchIndexJob {
  contentDir: string;
  /** A scratch folder for the search records, emptied first and removed after. */
  recordDir: string;
  /** Where the finished index goes, to be moved into the built site. */
  outputDir: string;
  language: string;
  timeZone: string;
}

/** What the worker reports when the index is written. */
export interface SearchIndexReport {
  pages: number;
  errors: string[];
}

const { contentDir, recordDir, outputDir, language, timeZone } = workerData as SearchIndexJob;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The searchable part of one file, or undefined when it is not a valid article (the build reports those). */
function searchableOf(text: string): SearchableArticle | undefined {
  const file = splitArticleFile(text);
  const front = file?.front as Record<string, unknown> | undefined;
  if (!file || !front || typeof front.title !== 'string' || typeof front.date !== 'string') return undefined;
  return {
    title: front.title.trim(),
    date: front.date,
    day: articleDay(front.date, timeZone),
    tags: strings(front.tags),
    places: strings(front.places),
    body: file.body,
  };
}

/**
 * Writes each article's search record as `<page path>/index.html` under
 * `recordDir`, the layout Pagefind expects of a built site. Pagefind then
 * reads the folder itself (in parallel, in its own process), which is far
 * quicker than handing it the pages one message at a time.
 */
function writeRecords(recordDir: string): void {
  const files = (readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[]).filter(
    (file) => file.toLowerCase().endsWith('.md') && !file.split(/[\\/]/).some((segment) => segment.startsWith('.')),
  );
  for (const file of files) {
    const article = searchableOf(readFileSync(join(contentDir, file), 'utf8'));
    if (!article) continue;
    const folder = join(recordDir, articlePath(articleIdOfFile(file)));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), searchRecordHtml(article, language));
  }
}

// Pagefind's binary (started by createIndex, with this environment) takes
// every core it can; Astro renders pages on one. Kept to one core of its own,
// it stays out of Astro's way and still finishes before the pages do.
process.env.RAYON_NUM_THREADS ??= '1';
process.env.TOKIO_WORKER_THREADS ??= '1';

async function buildIndex(): Promise<SearchIndexReport> {
  rmSync(recordDir, { recursive: true, force: true });
  rmSync(outputDir, { recursive: true, force: true });
  try {
    writeRecords(recordDir);
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return { pages: 0, errors: [`createIndex: ${errors.join('; ') || 'no index'}`] };
    const added = await index.addDirectory({ path: recordDir });
    if (added.errors.length > 0) return { pages: 0, errors: added.errors.map((error) => `addDirectory: ${error}`) };
    const written = await index.writeFiles({ outputPath: outputDir });
    return { pages: added.page_count, errors: written.errors.map((error) => `writeFiles: ${error}`) };
  } finally {
    await pagefind.close();
    rmSync(recordDir, { recursive: true, force: true });
  }
}

parentPort?.postMessage(await buildIndex().catch((error: unknown): SearchIndexReport => ({ pages: 0, errors: [String((error as Error)?.stack ?? error)] })));
