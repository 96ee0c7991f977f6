/**
 * How the search index is split. Pagefind builds an index in memory, a few
 * hundred bytes for every word it indexes, so a site's index is built as shards of at most `maxWords` words
 * each, one Pagefind run at a time, and the search page queries them all.
 * Shards follow the articles' dates, oldest first, by the same date string
 * the search records sort on: new articles only change the newest shard, and
 * results sorted by date are the shards' results, newest shard first.
 */

/** What the plan needs of an article. */
export interface ShardCandidate {
  /** The date as the search record's sort key holds it (ISO date or date-time). */
  date: string;
  /** Orders articles of the same date, so the plan does not depend on reading order. */
  key: string;
  /** Words the search index will hold for the article. */
  words: number;
}

/** The folder of shard `index` inside the Pagefind folder: the oldest at its root, the others in `1/`, `2/`… */
export const shardFolder = (index: number): string => (index === 0 ? '' : `${index}/`);

/** Words in a text, as the shard plan counts them. */
export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

const byDateThenKey = (a: ShardCandidate, b: ShardCandidate): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/**
 * Splits articles into shards in date order, oldest first, starting a new
 * shard when the next article would take the current one over `maxWords`.
 * An article of more than `maxWords` words still gets a shard of its own.
 */
export function planSearchShards<T extends ShardCandidate>(articles: readonly T[], maxWords: number): T[][] {
  const shards: T[][] = [];
  let shard: T[] = [];
  let shardWords = 0;
  for (const article of [...articles].sort(byDateThenKey)) {
    if (shard.length > 0 && shardWords + article.words > maxWords) {
      shards.push(shard);
      shard = [];
      shardWords = 0;
    }
    shard.push(article);
    shardWords += article.words;
  }
  if (shard.length > 0) shards.push(shard);
  return shards;
}

/**
 * One result list from the results of every shard (given oldest shard
 * first, each in Pagefind's order): newest first by date, which within a
 * shard Pagefind has done and across shards is their order; otherwise by
 * score, with equal scores in the newer shard first.
 */
export function mergeShardResults<T extends { score: number }>(perShard: readonly (readonly T[])[], order: 'date' | 'relevance'): T[] {
  const newestShardFirst = [...perShard].reverse().flat();
  return order === 'date' ? newestShardFirst : newestShardFirst.sort((a, b) => b.score - a.score);
}
