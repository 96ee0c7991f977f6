// A worker thread that builds the whole Pagefind index from the Markdown
// collection while Astro renders pages, on the other core, and reports when
// the index is written. The build then moves it into the site.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { articleDay } from '../lib/article-day.ts';
import { splitArticleFile } from '../lib/article-file.ts';
import { articleFilesIn, articleIdOfFile } from '../lib/article-id.ts';
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
 * `recordDir`, the layout Pagefind expects of a built site, and returns how
 * many it wrote. Pagefind then reads the folder itself, in its own process,
 * which is far quicker than handing it the pages one message at a time.
 */
function writeRecords(recordDir: string): number {
  let written = 0;
  for (const file of articleFilesIn(contentDir)) {
    const article = searchableOf(readFileSync(join(contentDir, file), 'utf8'));
    if (!article) continue;
    const folder = join(recordDir, articlePath(articleIdOfFile(file)));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), searchRecordHtml(article, language));
    written++;
  }
  return written;
}

// Pagefind's command line: the npm package's runner, which starts the native
// binary. Given the same records it writes the same index as the Node API,
// with a peak about 200 MiB lower at N = 10,000 (2.31 against 2.50 GiB),
// since the API's service keeps more in memory.
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

async function buildIndex(): Promise<SearchIndexReport> {
  rmSync(recordDir, { recursive: true, force: true });
  rmSync(outputDir, { recursive: true, force: true });
  try {
    const pages = writeRecords(recordDir);
    return { pages, errors: await runPagefind(recordDir, outputDir) };
  } finally {
    rmSync(recordDir, { recursive: true, force: true });
  }
}

parentPort?.postMessage(await buildIndex().catch((error: unknown): SearchIndexReport => ({ pages: 0, errors: [String((error as Error)?.stack ?? error)] })));
