// A worker thread that builds the whole Pagefind index from the Markdown
// collection while Astro renders pages, on the other core, and reports when
// the index is written. The build then moves it into the site.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { articleDay } from '../lib/article/article-day.ts';
import { splitArticleFile } from '../lib/article/article-file.ts';
import { articleFilesIn } from '../astro/article-files.ts';
import { articleIdOfFile } from '../lib/article/article-id.ts';
import { articleSchema } from '../lib/article/schema.ts';
import { digestOf } from '../lib/cache/digest.ts';
import { searchRecordHtml, type SearchableArticle } from '../lib/search/search-record.ts';
import { planSearchShards, wordCount } from '../lib/search/search-shards.ts';
import { routes } from '../lib/site/routes.ts';

export interface SearchIndexJob {
  contentDir: string;
  /** A scratch folder for the search records of the shards to index, emptied first and removed after. */
  recordDir: string;
  /** Where the shards indexed anew go, each in a folder named by its number, to be moved into the built site. */
  outputDir: string;
  language: string;
  timeZone: string;
  /** Most words in one shard of the index (see search-shards.ts). */
  shardWords: number;
  /**
   * The keys of the shards the built site holds from the previous build,
   * oldest first (none when the site must be indexed whole): a shard with
   * the same key at the same place is not indexed again.
   */
  previousShards: readonly string[];
  /** Where what was read of each article is kept for the next build. */
  recordCacheFile: string;
}

/** What the worker reports when the index is written. */
export interface SearchIndexReport {
  pages: number;
  /** Every shard's key, oldest first. */
  keys: string[];
  /** The shards that Pagefind indexed, by number; the others are the previous build's. */
  indexed: number[];
  errors: string[];
}

const { contentDir, recordDir, outputDir, language, timeZone, shardWords, previousShards, recordCacheFile } = workerData as SearchIndexJob;

/** The searchable part of one file, or undefined when it is not a valid article (the build reports those). */
function searchableOf(text: string): SearchableArticle | undefined {
  const file = splitArticleFile(text);
  const front = file && articleSchema.safeParse(file.front);
  if (!file || !front?.success) return undefined;
  const { title, displayTitle, date, tags, places, standfirst } = front.data;
  return { title: displayTitle ?? title, date, day: articleDay(date, timeZone), tags, places, body: file.body, ...(standfirst ? { standfirst } : {}) };
}

/** What the shard plan needs of an article's search record; the record itself is made again for a shard Pagefind indexes. */
interface PendingRecord {
  /** The article's file, relative to the content folder. */
  source: string;
  /** The article's page path, e.g. `2025/11/12/mali-talks/`. */
  path: string;
  date: string;
  key: string;
  words: number;
  /** A digest of what the record is made of. */
  digest: string;
}

const readSearchable = (source: string): SearchableArticle | undefined => searchableOf(readFileSync(join(contentDir, source), 'utf8'));

/** What the previous build read of each file, by path, while the file's size and time are unchanged. */
interface ReadBefore {
  indexer: string;
  files: Record<string, { stamp: string; record: PendingRecord }>;
}

function readBefore(indexer: string): ReadBefore['files'] {
  try {
    const before = JSON.parse(readFileSync(recordCacheFile, 'utf8')) as ReadBefore;
    return before.indexer === indexer ? before.files : {};
  } catch {
    return {};
  }
}

/**
 * Reads every article and keeps what the shard plan needs of it: a few
 * fields, never the articles themselves, so memory does not grow with their
 * length. Records are made only for the shards Pagefind indexes. A file
 * whose size and time are those of the previous build is not read again.
 */
function pendingRecords(indexer: string): PendingRecord[] {
  const before = readBefore(indexer);
  const now: ReadBefore = { indexer, files: {} };
  const pending: PendingRecord[] = [];
  for (const source of articleFilesIn(contentDir)) {
    const { size, mtimeMs } = statSync(join(contentDir, source));
    const stamp = `${size} ${mtimeMs}`;
    let record = before[source]?.stamp === stamp ? before[source].record : undefined;
    if (!record) {
      const article = readSearchable(source);
      if (!article) continue;
      record = { source, path: routes.article(articleIdOfFile(source)), date: article.date, key: source, words: wordCount(article.title) + wordCount(article.body), digest: digestOf(article) };
    }
    now.files[source] = { stamp, record };
    pending.push(record);
  }
  mkdirSync(dirname(recordCacheFile), { recursive: true });
  writeFileSync(recordCacheFile, JSON.stringify(now));
  return pending;
}

/**
 * Writes each record of a shard to `<shardDir>/<page path>/index.html`, the
 * layout Pagefind expects of a built site, so that Pagefind then reads the
 * folder itself, in its own process: far quicker than handing it the pages
 * one message at a time.
 */
function placeRecords(shard: readonly PendingRecord[], shardDir: string): void {
  for (const record of shard) {
    const folder = join(shardDir, record.path);
    mkdirSync(folder, { recursive: true });
    const article = readSearchable(record.source);
    if (article) writeFileSync(join(folder, 'index.html'), searchRecordHtml(article, language, record.key));
  }
}

// Pagefind's command line: the npm package's runner, which starts the native
// binary. Given the same records it writes the same index as the Node API,
// in less memory, since the API's service keeps more of it.
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
/**
 * What else decides a shard's index besides its articles: Pagefind's version,
 * the site's language and time zone, and the code that makes records (all of
 * src/lib, read as text, and this file), so that a change to any of it
 * indexes again.
 */
function indexerDigest(): string {
  const lib = fileURLToPath(new URL('../lib/', import.meta.url));
  const code = readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => [file, readFileSync(join(lib, file), 'utf8')]);
  const pagefind = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;
  return digestOf(pagefind, language, timeZone, code, readFileSync(fileURLToPath(import.meta.url), 'utf8'));
}

/** A shard's key: what decides its index, the indexer and each article's path and digest. */
const shardKey = (indexer: string, shard: readonly PendingRecord[]): string => digestOf(indexer, shard.map((record) => [record.path, record.digest]));

/**
 * Indexes `recordDir` into `outputDir` with Pagefind's command line and
 * returns what went wrong, if anything. Its binary takes `threads` cores
 * (your RAYON_NUM_THREADS and TOKIO_WORKER_THREADS win).
 */
function runPagefind(recordDir: string, outputDir: string, threads: number): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, '--site', recordDir, '--output-path', outputDir], {
      // Not the project folder, so that no stray pagefind.yml there applies.
      cwd: dirname(recordDir),
      env: { ...process.env, RAYON_NUM_THREADS: process.env.RAYON_NUM_THREADS ?? String(threads), TOKIO_WORKER_THREADS: process.env.TOKIO_WORKER_THREADS ?? String(threads) },
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
 * grows with the words it indexes), each into `outputDir/<number>`. A shard
 * whose key is the one the built site holds at its place is left alone:
 * Pagefind writes the same index of the same records.
 */
async function buildIndex(): Promise<SearchIndexReport> {
  rmSync(recordDir, { recursive: true, force: true });
  rmSync(outputDir, { recursive: true, force: true });
  try {
    const indexer = indexerDigest();
    const pending = pendingRecords(indexer);
    // Pagefind builds no index of nothing: a collection without articles has no shards, and the search page says so.
    const shards = planSearchShards(pending, shardWords);
    const keys = shards.map((shard) => shardKey(indexer, shard));
    const errors: string[] = [];
    const indexed: number[] = [];
    // Building the whole index, Pagefind keeps to one core and Astro renders
    // every page on another. Building again, Astro reuses most pages and
    // Pagefind's shard is the longer task: it takes every core.
    const threads = previousShards.length > 0 ? availableParallelism() : 1;
    for (const [index, shard] of shards.entries()) {
      if (previousShards[index] === keys[index]) continue;
      const shardRecords = join(recordDir, String(index));
      const shardOutput = join(outputDir, String(index));
      placeRecords(shard, shardRecords);
      errors.push(...(await runPagefind(shardRecords, shardOutput, threads)));
      rmSync(shardRecords, { recursive: true, force: true });
      if (errors.length > 0) break;
      indexed.push(index);
      if (index === 0) continue;
      for (const name of readdirSync(shardOutput)) if (isBundleUiFile(name)) rmSync(join(shardOutput, name));
    }
    return { pages: pending.length, keys, indexed, errors };
  } finally {
    rmSync(recordDir, { recursive: true, force: true });
  }
}

parentPort?.postMessage(await buildIndex().catch((error: unknown): SearchIndexReport => ({ pages: 0, keys: [], indexed: [], errors: [String((error as Error)?.stack ?? error)] })));
