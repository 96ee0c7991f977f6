/**
 * How the search index is split. Pagefind builds an index in memory, about
 * 400 bytes for every word it indexes (2.3 GiB for 10,000 articles of 540
 * words), so a site's index is built as shards of at most `maxWords` words
 * each, one Pagefind run at a time, and the search page queries them all.
 * Shards hold whole days, oldest first: a new day only changes the newest
 * shard, and results sorted by date are the shards' results, newest shard
 * first.
 */

/** What the plan needs of an article. */
export interface ShardCandidate {
  /** `YYYY-MM-DD` in the site's time zone. */
  day: string;
  /** Orders articles within a day, so the plan does not depend on reading order. */
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

const byDayThenKey = (a: ShardCandidate, b: ShardCandidate): number =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/**
 * Splits articles into shards, oldest first, filling each with whole days
 * until the next day would take it over `maxWords`. A single day of more
 * than `maxWords` words still gets a shard of its own.
 */
export function planSearchShards<T extends ShardCandidate>(articles: readonly T[], maxWords: number): T[][] {
  const sorted = [...articles].sort(byDayThenKey);
  const shards: T[][] = [];
  let shard: T[] = [];
  let shardWords = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    let dayWords = 0;
    while (end < sorted.length && sorted[end]!.day === sorted[start]!.day) dayWords += sorted[end++]!.words;
    if (shard.length > 0 && shardWords + dayWords > maxWords) {
      shards.push(shard);
      shard = [];
      shardWords = 0;
    }
    for (let index = start; index < end; index++) shard.push(sorted[index]!);
    shardWords += dayWords;
    start = end;
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
