import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeArticle, createLexicon, type ArticleShape } from './article-text.ts';
import { createRandom } from './random.ts';

/** What was written, for the results file. */
export interface GeneratedCorpus {
  seed: number;
  files: number;
  bytes: number;
  words: number;
  /** Articles of each shape. */
  shapes: Record<ArticleShape, number>;
  /** Articles that carry a date in the file (the rest get the ingest's date). */
  dated: number;
  /** Articles that share their headline with an earlier one. */
  sharedHeadlines: number;
}

// A newsroom's pace: Reuters-21578 averages about 45 stories a day over its
// eight months of 1987. Dates spread over count ÷ 40 days (at least a month).
const ARTICLES_PER_DAY = 40;

/**
 * Writes `count` synthetic article files into `dir/<section>/NNNNN.txt`.
 * The same `seed` and `count` always give byte-identical files.
 */
export function generateArticles(dir: string, count: number, seed: number): GeneratedCorpus {
  const random = createRandom(seed);
  const lexicon = createLexicon(random);
  const corpus: GeneratedCorpus = { seed, files: 0, bytes: 0, words: 0, shapes: { caption: 0, byline: 0, tags: 0, plain: 0 }, dated: 0, sharedHeadlines: 0 };
  const days = Math.max(30, Math.ceil(count / ARTICLES_PER_DAY));
  const headlines: string[] = [];
  const made = new Set<string>();
  for (let i = 0; i < count; i++) {
    const reuse = headlines.length > 0 && random.chance(0.01) ? random.pick(headlines) : undefined;
    const article = composeArticle(random, lexicon, days, reuse);
    if (reuse !== undefined) corpus.sharedHeadlines++;
    else headlines.push(article.headline);
    const folder = join(dir, article.section);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(folder, `${String(i + 1).padStart(5, '0')}.txt`), article.text);
    corpus.files++;
    corpus.bytes += Buffer.byteLength(article.text);
    corpus.words += article.words;
    corpus.shapes[article.shape]++;
    if (article.date !== undefined) corpus.dated++;
  }
  return corpus;
}
