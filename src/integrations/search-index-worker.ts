// A worker thread that builds the whole Pagefind index from the Markdown
// collection while Astro renders pages, on the other core, and reports when
// the index is written. The build then moves it into the site.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { articleDay } from '../lib/article/article-day.ts';
import { splitArticleFile } from '../lib/article/article-file.ts';
import { articleFilesIn } from '../astro/article-files.ts';
import { articleIdOfFile } from '../lib/article/article-id.ts';
import { articleSchema } from '../lib/article/schema.ts';
import { searchRecordHtml, type SearchableArticle } from '../lib/search/search-record.ts';
import { planSearchShards, shardFolder, wordCount } from '../lib/search/search-shards.ts';
import { routes } from '../lib/site/routes.ts';

export interface SearchIndexJob {
  contentDir: string;
  /** A scratch folder for the search records, emptied first and removed after. */
  recordDir: string;
  /** Where the finished index goes, to be moved into the built site. */
  outputDir: string;
  language: string;
  timeZone: string;
  /** Most words in one shard of the index (see search-shards.ts). */
  shardWords: number;
}

/** What the worker reports when the index is written. */
export interface SearchIndexReport {
  pages: number;
  shards: number;
  errors: string[];
}

const { contentDir, recordDir, outputDir, language, timeZone, shardWords } = workerData as SearchIndexJob;

/** The searchable part of one file, or undefined when it is not a valid article (the build reports those). */
function searchableOf(text: string): SearchableArticle | undefined {
  const file = splitArticleFile(text);
  const front = file && articleSchema.safeParse(file.front);
  if (!file || !front?.success) return undefined;
  const { title, displayTitle, date, tags, places } = front.data;
  return { title: displayTitle ?? title, date, day: articleDay(date, timeZone), tags, places, body: file.body };
}

/** An article's record, written and waiting for its shard. */
interface PendingRecord {
  /** The record file, under `recordDir/pending/`. */
  file: string;
  /** The article's page path, e.g. `2025/11/12/mali-talks/`. */
  path: string;
  date: string;
  key: string;
  words: number;
}

/**
 * Writes each article's search record to a pending file and returns what
 * the shard plan needs of it. Only these few fields stay in memory, never the
 * articles themselves.
 */
function writePendingRecords(pendingDir: string): PendingRecord[] {
  mkdirSync(pendingDir, { recursive: true });
  const pending: PendingRecord[] = [];
  for (const file of articleFilesIn(contentDir)) {
    const article = searchableOf(readFileSync(join(contentDir, file), 'utf8'));
    if (!article) continue;
    const record = join(pendingDir, `${pending.length}.html`);
    writeFileSync(record, searchRecordHtml(article, language));
    pending.push({ file: record, path: routes.article(articleIdOfFile(file)), date: article.date, key: file, words: wordCount(article.title) + wordCount(article.body) });
  }
  return pending;
}

/**
 * Moves each shard's records to `<shardDir>/<page path>/index.html`, the
 * layout Pagefind expects of a built site, so that Pagefind then reads the
 * folder itself, in its own process: far quicker than handing it the pages
 * one message at a time.
 */
function placeRecords(shard: readonly PendingRecord[], shardDir: string): void {
  mkdirSync(shardDir, { recursive: true });
  for (const record of shard) {
    const folder = join(shardDir, record.path);
    mkdirSync(folder, { recursive: true });
    renameSync(record.file, join(folder, 'index.html'));
  }
}

// Pagefind's command line: the npm package's runner, which starts the native
// binary. Given the same records it writes the same index as the Node API,
// in less memory, since the API's service keeps more of it.
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * Indexes `recordDir` into `outputDir` with Pagefind's command line and
 * returns what went wrong, if anything. Its binary takes every core it can;
 * Astro renders pages on one. Kept to one core of its own, it stays out of
 * Astro's way and still finishes before the pages do.
 */
function runPagefind(recordDir: string, outputDir: string): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, '--site', recordDir, '--output-path', outputDir], {
      // Not the project folder, so that no stray pagefind.yml there applies.
      cwd: dirname(recordDir),
      env: { ...process.env, RAYON_NUM_THREADS: process.env.RAYON_NUM_THREADS ?? '1', TOKIO_WORKER_THREADS: process.env.TOKIO_WORKER_THREADS ?? '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve([`pagefind: ${error.message}`]));
    child.on('close', (code) => {
      const tail = output.trim().split('\n').slice(-6).join(' | ');
      resolve(code === 0 ? [] : [`pagefind exited with ${code}: ${tail}`]);
    });
  });
}

// The search page loads each shard with the shard's own pagefind.js and
// worker (see src/browser/search.ts); the UI scripts, styles and highlighter
// come once, from the oldest shard at the folder's root.
const isBundleUiFile = (name: string): boolean => /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(name);

/**
 * Indexes the records shard by shard, one Pagefind run at a time (its memory
 * grows with the words it indexes), and puts the shards together in
 * `outputDir`: the oldest at its root, the others in `1/`, `2/`…, with
 * `shards.json` listing their folders, oldest first, for the search page.
 */
async function buildIndex(): Promise<SearchIndexReport> {
  rmSync(recordDir, { recursive: true, force: true });
  rmSync(outputDir, { recursive: true, force: true });
  try {
    const pending = writePendingRecords(join(recordDir, 'pending'));
    const plan = planSearchShards(pending, shardWords);
    // Pagefind builds no index of nothing: a collection without articles has no shards, and the search page says so.
    const shards = plan;
    const errors: string[] = [];
    for (const [index, shard] of shards.entries()) {
      const shardRecords = join(recordDir, 'shards', String(index));
      placeRecords(shard, shardRecords);
      const shardOutput = join(outputDir, shardFolder(index));
      errors.push(...(await runPagefind(shardRecords, shardOutput)));
      rmSync(shardRecords, { recursive: true, force: true });
      if (errors.length > 0) break;
      if (index === 0) continue;
      for (const name of readdirSync(shardOutput)) if (isBundleUiFile(name)) rmSync(join(shardOutput, name));
    }
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(join(outputDir, 'shards.json'), `${JSON.stringify({ shards: shards.map((_, index) => shardFolder(index)) })}\n`);
    return { pages: pending.length, shards: shards.length, errors };
  } finally {
    rmSync(recordDir, { recursive: true, force: true });
  }
}

parentPort?.postMessage(await buildIndex().catch((error: unknown): SearchIndexReport => ({ pages: 0, shards: 0, errors: [String((error as Error)?.stack ?? error)] })));
