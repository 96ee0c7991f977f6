// The built site's search folder (dist/pagefind/) is kept between builds like
// its pages: only the shards indexed anew replace theirs. The keys of the
// shards it holds are remembered beside Astro's cache.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { shardFolder } from '../lib/search/search-shards.ts';

/** Shard folders inside the oldest shard's: `1`, `2`… */
const isShardFolder = (name: string): boolean => /^[1-9]\d*$/.test(name);

/** Moves a folder, copying when it is on another file system. */
export function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** The keys of the shards `folder` holds, if the stamp in `stampFile` is about it; none otherwise. */
export function shardsInFolder(folder: string, stampFile: string): string[] {
  if (!existsSync(join(folder, 'shards.json'))) return [];
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { folder?: string; keys?: string[] };
    return stamp.folder === folder && Array.isArray(stamp.keys) ? stamp.keys : [];
  } catch {
    return [];
  }
}

/**
 * Puts the shards indexed anew (`fresh/<number>`) into the site's search
 * folder, removes the shards it no longer has, and writes `shards.json`
 * listing the folders, oldest first, for the search page: the oldest shard
 * at the folder's root, the others in `1/`, `2/`…
 */
export function updateSearchFolder(folder: string, fresh: string, report: { keys: readonly string[]; indexed: readonly number[] }, stampFile: string): void {
  mkdirSync(folder, { recursive: true });
  // No longer wanted: shard folders past the last, and the oldest shard's files when it is new or gone.
  const rootIsNew = report.indexed.includes(0) || report.keys.length === 0;
  for (const name of readdirSync(folder)) {
    const gone = isShardFolder(name) ? Number(name) >= report.keys.length : rootIsNew || name === 'shards.json';
    if (gone) rmSync(join(folder, name), { recursive: true, force: true });
  }
  for (const index of report.indexed) {
    const from = join(fresh, String(index));
    if (index > 0) {
      moveFolder(from, join(folder, shardFolder(index)));
      continue;
    }
    for (const name of readdirSync(from)) moveFolder(join(from, name), join(folder, name));
  }
  writeFileSync(join(folder, 'shards.json'), `${JSON.stringify({ shards: report.keys.map((_, index) => shardFolder(index)) })}\n`);
  mkdirSync(join(stampFile, '..'), { recursive: true });
  writeFileSync(stampFile, JSON.stringify({ folder, keys: report.keys }));
}
