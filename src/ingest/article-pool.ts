import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleContext } from '../lib/article/front-matter.ts';
import type { ArticleInput, ProcessedFile } from '../lib/article/process-article.ts';
import type { WorkerReply, WorkerRequest } from './article-worker.ts';

/** Processes articles, on worker threads when there are enough to pay for them. */
export interface ArticlePool {
  /** How many files may usefully be in flight at once. */
  readonly capacity: number;
  process(bytes: Uint8Array, context: ArticleContext): Promise<ProcessedFile>;
  close(): Promise<void>;
}

type Pending = { resolve: (result: ProcessedFile) => void; reject: (error: Error) => void };

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 40;
/** Files sent to a worker in one message: they share one run of the name tagger. */
const BATCH_SIZE = 16;

/**
 * A pool of `size` workers (default: one per core), or the main thread for
 * small batches. With `warm`, a small batch gets one worker, started now:
 * it loads the NLP libraries on another core while this thread reads the
 * output folder. That pays in a process that ingests once and exits (the
 * command line), not in one that ingests again and again and has the
 * libraries loaded already (tests).
 */
export function createArticlePool(fileCount: number, size = availableParallelism(), { warm = false } = {}): ArticlePool {
  if (warm && fileCount > 0 && fileCount < WORKER_THRESHOLD && size >= 2) return workerPool(1, true);
  if (fileCount < WORKER_THRESHOLD || size < 2) {
    // Loaded on first use: a run that only skips unchanged files never pays for the NLP libraries.
    return {
      capacity: 8,
      process: async (bytes, context) => {
        const { processArticle, processedFile } = await import('../lib/article/process-article.ts');
        return processedFile(processArticle(bytes, context));
      },
      close: async () => {},
    };
  }
  return workerPool(size, false);
}

/** `size` workers, started on the first file that needs processing, or at once when `now`. */
function workerPool(size: number, now: boolean): ArticlePool {
  const pending = new Map<number, Pending[]>();
  // Files in each worker's hands, so that new work goes to the least busy one.
  const busy = new Array<number>(size).fill(0);
  const batch: { input: ArticleInput; waiting: Pending }[] = [];
  let flushQueued = false;
  let nextId = 0;
  let workers: Worker[] | undefined;

  const startWorkers = () => Array.from({ length: size }, (_, slot) => {
    const worker = new Worker(new URL('./article-worker.ts', import.meta.url));
    worker.on('message', ({ id, results, error, classified }: WorkerReply) => {
      // Names one worker classified, the others need not tag again.
      if (classified.length > 0) for (const other of workers ?? []) if (other !== worker) other.postMessage({ classified } satisfies WorkerRequest);
      const waiting = pending.get(id) ?? [];
      pending.delete(id);
      busy[slot] = (busy[slot] ?? 0) - waiting.length;
      waiting.forEach((entry, index) => {
        const result = results?.[index];
        if (result) entry.resolve(result);
        else entry.reject(new Error(error ?? 'the worker returned no result'));
      });
    });
    worker.on('error', (error) => {
      for (const waiting of pending.values()) for (const entry of waiting) entry.reject(error);
      pending.clear();
    });
    return worker;
  });

  if (now) workers = startWorkers();

  const flush = () => {
    flushQueued = false;
    if (batch.length === 0) return;
    workers ??= startWorkers();
    const slot = busy.indexOf(Math.min(...busy));
    const sent = batch.splice(0, batch.length);
    const id = nextId++;
    pending.set(id, sent.map((item) => item.waiting));
    busy[slot] = (busy[slot] ?? 0) + sent.length;
    const request: WorkerRequest = { id, inputs: sent.map((item) => item.input) };
    workers[slot]?.postMessage(request);
  };

  return {
    // A deep window, so that one slow file does not leave the other workers idle
    // while later files wait for their turn to claim an output path.
    capacity: 64 * size,
    process(bytes, context) {
      return new Promise((resolve, reject) => {
        batch.push({ input: { bytes, context }, waiting: { resolve, reject } });
        if (batch.length >= BATCH_SIZE) flush();
        else if (!flushQueued) {
          // Whatever has gathered by the next turn of the event loop goes together.
          flushQueued = true;
          setImmediate(flush);
        }
      });
    },
    async close() {
      await Promise.all((workers ?? []).map((worker) => worker.terminate()));
    },
  };
}
