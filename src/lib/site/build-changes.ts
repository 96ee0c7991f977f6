// The build's account of what it did, in the last lines it prints: pages
// rendered, reused and removed, search shards indexed and reused. A deploy
// step, the bench and the tests read it back with `readBuildSummary`.

/** What a build changed in `dist/`. */
export interface BuildChanges {
  /** Pages and feeds the build wrote or kept. */
  pages: number;
  /** Of those, the ones kept from the previous build. */
  reused: number;
  /** Files of the previous build that this one no longer makes, relative to `dist/`. */
  removed: readonly string[];
}

/** What the build did with its search index. */
export interface SearchIndexChanges {
  articles: number;
  shards: number;
  /** Shards Pagefind indexed anew; the others were the previous build's. */
  indexed: number;
  /** How long indexing took, beside the pages, and how long the build waited for it after them. */
  ms: number;
  waitedMs: number;
}

const count = (value: number) => value.toLocaleString('en');
const plural = (value: number, one: string, many = `${one}s`) => `${count(value)} ${value === 1 ? one : many}`;

/** "rendered 12 of 13,863 pages, reused 13,851, removed 2 files of the previous build". */
export function buildChangeSummary({ pages, reused, removed }: BuildChanges): string {
  return `rendered ${count(pages - reused)} of ${plural(pages, 'page')}, reused ${count(reused)}, removed ${plural(removed.length, 'file')} of the previous build`;
}

/** "search index of 10,001 articles: indexed 1 of 3 shards, reused 2, beside the page build in 9184 ms; the build waited 12 ms for it". */
export function searchIndexSummary({ articles, shards, indexed, ms, waitedMs }: SearchIndexChanges): string {
  return `search index of ${plural(articles, 'article')}: indexed ${count(indexed)} of ${plural(shards, 'shard')}, reused ${count(shards - indexed)}, beside the page build in ${Math.round(ms)} ms; the build waited ${Math.round(waitedMs)} ms for it`;
}

/** The counts a build printed, read back from its output; undefined when it printed no summary. */
export function readBuildSummary(output: string): { rendered: number; pages: number; reused: number; removed: number; indexed: number; shards: number; indexMs: number; indexWaitMs: number } | undefined {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const pages = /rendered ([\d,]+) of ([\d,]+) pages?, reused ([\d,]+), removed ([\d,]+) files?/.exec(plain);
  const search = /indexed ([\d,]+) of ([\d,]+) shards?, reused [\d,]+, beside the page build in (\d+) ms; the build waited (\d+) ms/.exec(plain);
  if (!pages || !search) return undefined;
  const number = (text: string) => Number(text.replace(/,/g, ''));
  return {
    rendered: number(pages[1]!),
    pages: number(pages[2]!),
    reused: number(pages[3]!),
    removed: number(pages[4]!),
    indexed: number(search[1]!),
    shards: number(search[2]!),
    indexMs: number(search[3]!),
    indexWaitMs: number(search[4]!),
  };
}
