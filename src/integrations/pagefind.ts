import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import module from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IndexWorkerNotStarted, IndexWorkerStopped, SearchIndexFailed } from '../lib/errors.ts';
import { compileCacheDir } from '../ingest/compile-cache.ts';
import type { SearchIndexJob, SearchIndexReport } from './search-index-worker.ts';
import { shardsInFolder, updateSearchFolder } from './search-folder.ts';
import { searchIndexSummary } from '../lib/site/build-changes.ts';

/**
 * The environment for the indexing worker. Astro's command turns on Node's
 * compile cache (not in CI); handed the same folder, the worker does not
 * strip and compile its modules again at every build.
 */
function workerEnvironment(): NodeJS.ProcessEnv {
  if (!module.getCompileCacheDir?.()) return process.env;
  return { ...process.env, NODE_COMPILE_CACHE: compileCacheDir() };
}

/**
 * Builds the Pagefind search index as part of `astro build`, so there is no
 * second command to remember. Indexing starts with the build, on a worker
 * thread that reads the Markdown collection (see search-index-worker.ts), so
 * it runs beside page rendering instead of after it. Only the shards whose
 * articles changed since the previous build are indexed again; they are
 * moved into the site once the pages are written. Any indexing error fails
 * the build.
 */
export function pagefindIntegration(options: Omit<SearchIndexJob, 'recordDir' | 'outputDir' | 'previousShards' | 'recordCacheFile'>): AstroIntegration {
  let root: URL | undefined;
  let scratch = '';
  let searchFolder = '';
  let stampFile = '';
  let report: Promise<SearchIndexReport> | undefined;
  let started = 0;
  let building = false;
  return {
    name: 'newsbrief:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // Indexing starts as soon as the configuration is known: it reads the
      // Markdown files themselves, not Astro's content store, so it need not
      // wait for the content sync.
      'astro:config:done': ({ config }) => {
        if (!building) return;
        root = config.root;
        // Beside Astro's own cache: same disk as the project, never in dist/.
        scratch = join(fileURLToPath(config.cacheDir), `search-index-${process.pid}`);
        searchFolder = join(fileURLToPath(config.outDir), 'pagefind');
        stampFile = join(fileURLToPath(config.cacheDir), 'newsbrief-search.json');
        started = performance.now();
        // Scratch folders that a killed build left behind.
        const cache = dirname(scratch);
        for (const entry of existsSync(cache) ? readdirSync(cache, { withFileTypes: true }) : []) {
          if (entry.isDirectory() && entry.name.startsWith('search-index-')) rmSync(join(cache, entry.name), { recursive: true, force: true });
        }
        // Astro's own flag for a build that reuses nothing.
        const force = process.argv.includes('--force');
        if (force) rmSync(join(fileURLToPath(config.cacheDir), 'newsbrief-search-records.json'), { force: true });
        const job: SearchIndexJob = {
          ...options,
          contentDir: resolve(fileURLToPath(root), options.contentDir),
          recordDir: join(scratch, 'records'),
          outputDir: join(scratch, 'shards'),
          previousShards: force ? [] : shardsInFolder(searchFolder, stampFile),
          recordCacheFile: join(fileURLToPath(config.cacheDir), 'newsbrief-search-records.json'),
        };
        const worker = new Worker(new URL('src/integrations/search-index-worker.ts', root), { workerData: job, env: workerEnvironment() });
        // A failed build must not wait for the index.
        worker.unref();
        report = new Promise((resolveReport, reject) => {
          worker.once('message', resolveReport);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(IndexWorkerStopped.message(code))));
        });
        // Reported at build:done; until then a rejection is expected to wait.
        report.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!report) throw new Error(IndexWorkerNotStarted.message);
        const pagesDone = performance.now();
        const done = await report;
        if (done.errors.length > 0) throw new Error(SearchIndexFailed.message(done.errors));
        updateSearchFolder(searchFolder, join(scratch, 'shards'), done, stampFile);
        rmSync(scratch, { recursive: true, force: true });
        const now = performance.now();
        logger.info(searchIndexSummary({ articles: done.pages, shards: done.keys.length, indexed: done.indexed.length, ms: now - started, waitedMs: now - pagesDone }));
      },
    },
  };
}
