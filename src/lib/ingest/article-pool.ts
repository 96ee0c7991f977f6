import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleContext } from '../article-record.ts';
import type { ProcessedArticle } from '../process-article.ts';

/** Processes articles, on worker threads when there are enough to pay for them. */
export interface ArticlePool {
  /** How many files may usefully be in flight at once. */
  readonly capacity: number;
  process(bytes: Uint8Array, context: ArticleContext): Promise<ProcessedArticle>;
  close(): Promise<void>;
}

type Pending = { resolve: (result: ProcessedArticle) => void; reject: (error: Error) => void };

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 40;

/** A pool of `size` workers (default: one per core), or the main thread for small batches. */
export function createArticlePool(fileCount: number, size = availableParallelism()): ArticlePool {
  if (fileCount < WORKER_THRESHOLD || size < 2) {
    // Loaded on first use: a run that only skips unchanged files never pays for the NLP libraries.
    return {
      capacity: 8,
      process: async (bytes, context) => (await import('../process-article.ts')).processArticle(bytes, context),
      close: async () => {},
    };
  }
  const pending = new Map<number, Pending>();
  // Files in each worker's queue, so that new work goes to the least busy one.
  const queued = new Array<number>(size).fill(0);
  let nextId = 0;
  let workers: Worker[] | undefined;
  // Workers start on the first file that needs processing, not before.
  const startWorkers = () => Array.from({ length: size }, (_, slot) => {
    const worker = new Worker(new URL('./article-worker.ts', import.meta.url));
    worker.on('message', ({ id, result, error }: { id: number; result?: ProcessedArticle; error?: string }) => {
      const entry = pending.get(id);
      pending.delete(id);
      queued[slot] = (queued[slot] ?? 1) - 1;
      if (error !== undefined) entry?.reject(new Error(error));
      else if (result) entry?.resolve(result);
    });
    worker.on('error', (error) => {
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
    });
    return worker;
  });
  return {
    // A deep window, so that one slow file does not leave the other workers idle
    // while later files wait for their turn to claim an output path.
    capacity: 64 * size,
    process(bytes, context) {
      const id = nextId++;
      const slot = queued.indexOf(Math.min(...queued));
      queued[slot] = (queued[slot] ?? 0) + 1;
      workers ??= startWorkers();
      const worker = workers[slot];
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker?.postMessage({ id, bytes, context });
      });
    },
    async close() {
      await Promise.all((workers ?? []).map((worker) => worker.terminate()));
    },
  };
}
