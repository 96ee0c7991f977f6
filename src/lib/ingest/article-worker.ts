// A worker thread that turns file bytes into articles, so that the NLP of
// several files runs on several cores.
import { parentPort } from 'node:worker_threads';
import { processArticles, processedFile, type ArticleInput, type ProcessedFile } from '../process-article.ts';

/** A batch of files to process. */
export interface WorkerRequest {
  id: number;
  inputs: ArticleInput[];
}

/** The results of a batch, in its order, or why it failed. */
export interface WorkerReply {
  id: number;
  results?: ProcessedFile[];
  error?: string;
}

parentPort?.on('message', ({ id, inputs }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, results: processArticles(inputs).map(processedFile) };
  } catch (error) {
    reply = { id, error: String((error as Error)?.stack ?? error) };
  }
  parentPort?.postMessage(reply);
});
