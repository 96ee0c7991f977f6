/**
 * How the search index is split. Pagefind builds an index in memory, a few
 * hundred bytes for every word it indexes, so a site's index is built as shards of at most `maxWords` words
 * each, one Pagefind run at a time, and the search page queries them all.
 * Shards follow the articles' dates, oldest first, by the same date string
 * the search records sort on, so results sorted by date are the shards'
 * results, newest shard first. Each shard is indexed again only when its
 * records change (see src/integrations/search-index-worker.ts).
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

const wordsOf = (articles: readonly ShardCandidate[]): number => articles.reduce((sum, article) => sum + article.words, 0);

/** Fills shards in order, starting a new one when the next article would take the current one over `maxWords`. */
function packArticles<T extends ShardCandidate>(articles: readonly T[], maxWords: number): T[][] {
  const shards: T[][] = [];
  let shard: T[] = [];
  let shardWords = 0;
  for (const article of articles) {
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

/** Fills shards with whole months, in order; a month of more than `maxWords` words is split. */
function packMonths<T extends ShardCandidate>(months: readonly T[][], maxWords: number): T[][] {
  const shards: T[][] = [];
  let shard: T[] = [];
  for (const month of months) {
    const words = wordsOf(month);
    if (shard.length > 0 && wordsOf(shard) + words > maxWords) {
      shards.push(shard);
      shard = [];
    }
    if (words > maxWords) shards.push(...packArticles(month, maxWords));
    else shard.push(...month);
  }
  if (shard.length > 0) shards.push(shard);
  return shards;
}

/** The articles of each month (`YYYY-MM` of the date), in order. */
function byMonth<T extends ShardCandidate>(sorted: readonly T[]): T[][] {
  const months: T[][] = [];
  for (const article of sorted) {
    const last = months.at(-1);
    if (last && last[0]!.date.slice(0, 7) === article.date.slice(0, 7)) last.push(article);
    else months.push([article]);
  }
  return months;
}

// The newest month gets a shard of its own once the older months hold this
// share of a shard: below it, indexing everything again costs little.
const ARCHIVE_SHARE = 1 / 4;

// The newest month, where nearly all publishing and correcting happens, is
// cut into chunks of about this share of a shard, so that a new article or a
// correction indexes one small chunk again, not the whole month.
const NEWEST_CHUNK_SHARE = 1 / 16;

/** A 32-bit hash of a string (FNV-1a with Murmur3's final mix), the same in every runtime. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * Cuts sorted articles into chunks of about `chunkWords` words where their
 * keys say, not where a count falls: a chunk ends after an article whose
 * key hashes below a share of the hash range set by its words
 * (content-defined chunking, as rsync and restic cut files), or once it
 * holds twice `chunkWords`. An article added, corrected or removed changes
 * the chunk it is in, and at most joins or splits it with the next; every
 * other chunk keeps its articles.
 */
function chunkByKeys<T extends ShardCandidate>(sorted: readonly T[], chunkWords: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let words = 0;
  for (const article of sorted) {
    chunk.push(article);
    words += article.words;
    if (hash32(article.key) / 2 ** 32 < article.words / chunkWords || words >= 2 * chunkWords) {
      chunks.push(chunk);
      chunk = [];
      words = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Splits articles into shards in date order, oldest first, none over
 * `maxWords` words (an article of more words still gets a shard of its own).
 * The shards are cut so that a day's publishing indexes little again: once
 * the archive is large, the older months are packed whole into shards, and
 * the newest month is cut into small shards of its own by its articles'
 * keys, so a new article or a correction changes one small shard (or splits
 * it in two) and moves no boundary between the others. A small site is packed article by
 * article, in one shard as long as it fits.
 */
export function planSearchShards<T extends ShardCandidate>(articles: readonly T[], maxWords: number): T[][] {
  const sorted = [...articles].sort(byDateThenKey);
  const months = byMonth(sorted);
  const archive = months.slice(0, -1);
  if (wordsOf(archive.flat()) < maxWords * ARCHIVE_SHARE) return packArticles(sorted, maxWords);
  const newest = chunkByKeys(months.at(-1)!, maxWords * NEWEST_CHUNK_SHARE).flatMap((chunk) => packArticles(chunk, maxWords));
  return [...packMonths(archive, maxWords), ...newest];
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

/** The words a Pagefind excerpt marks (`<mark>…</mark>`), lower case. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => match[1]!.trim().toLowerCase()).filter(Boolean);
}

/**
 * Whether a shard's match only stands in for the query: Pagefind, finding
 * a query word nowhere in an index, searches for the longest prefix of it
 * that is there (Pagefind/pagefind#315, #599, #793), so a shard without
 * "storm" matches the "s" of a Czech article or the "sto" of a Slovak one.
 * One index for the whole site would have found "storm" and shown no such
 * match. A match stands in when each word it marks shares only a start with
 * a query word (it is that start, "sto", or goes on otherwise, "stop",
 * "story"), and that start is a short part of it (two letters, or under a
 * third) or leaves a rest that no ending is ("sto" of "storm" leaves "rm"):
 * a stem leaves an ending with a vowel ("run" of "running" leaves "ning",
 * "cit" of "cities" in "city" leaves "ies"), or a plural's "s".
 */
export function isStandInMatch(marked: readonly string[], query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/u).filter(Boolean);
  const standsIn = (word: string, term: string) => {
    if (word.startsWith(term)) return false;
    // Where the word and the query word part: after the prefix Pagefind fell back to ("sto" of "storm" in "stop", "story").
    const shared = commonPrefix(word, term);
    return shared > 0 && (shared <= 2 || shared * 3 < term.length || isNoEnding(term.slice(shared)));
  };
  return marked.length > 0 && marked.every((word) => terms.some((term) => standsIn(word, term)));
}

/** How many characters two words share at their start. */
function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

// A plural's "s" is an ending without a vowel ("storm" of "storms").
const isNoEnding = (rest: string) => rest !== 's' && !VOWEL.test(rest);
const VOWEL = /[aeiouyàâäáãåæéèêëíìîïóòôöõøœúùûüýÿ\p{Script=Cyrillic}\p{Script=Greek}]/u;
