// A worker thread that turns file bytes into articles, so that the NLP of
// several files runs on several cores.
import { parentPort } from 'node:worker_threads';
import type { ArticleContext } from '../article-record.ts';
import { processArticle } from '../process-article.ts';

export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  context: ArticleContext;
}

parentPort?.on('message', ({ id, bytes, context }: WorkerRequest) => {
  try {
    parentPort?.postMessage({ id, result: processArticle(bytes, context) });
  } catch (error) {
    parentPort?.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
