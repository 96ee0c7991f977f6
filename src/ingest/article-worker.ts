// A worker thread that turns file bytes into articles, so that the NLP of
// several files runs on several cores.
import { parentPort } from 'node:worker_threads';
import { rememberClassified, type ClassifiedPhrases } from '../lib/entities/classify-names.ts';
import { processArticles, processedFile, type ArticleInput, type ProcessedFile } from '../lib/article/process-article.ts';

/** A batch of files to process, or names another worker classified. */
export type WorkerRequest = { id: number; inputs: ArticleInput[] } | { classified: ClassifiedPhrases };

/** The results of a batch, in its order, or why it failed; and the names this batch classified. */
export interface WorkerReply {
  id: number;
  results?: ProcessedFile[];
  error?: string;
  classified: ClassifiedPhrases;
}

parentPort?.on('message', (request: WorkerRequest) => {
  if ('classified' in request) {
    rememberClassified(request.classified);
    return;
  }
  const { id, inputs } = request;
  let reply: WorkerReply;
  try {
    const { results, classified } = processArticles(inputs);
    reply = { id, results: results.map(processedFile), classified };
  } catch (error) {
    reply = { id, error: String((error as Error)?.stack ?? error), classified: [] };
  }
  parentPort?.postMessage(reply);
});
