import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.ts';

/** What identifies a file's bytes cheaply: its size and modification time. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * Facts about files (a hash, whether it was edited) remembered between runs,
 * each valid while the file's size and modification time are unchanged: the
 * same test git and make use. A re-run then stats files instead of reading
 * and hashing them. A missing or damaged cache only costs time.
 */
export class StatCache<T> {
  private readonly entries: Map<string, { size: number; mtimeMs: number; value: T }>;
  private readonly path: string;
  private changed = false;

  private constructor(path: string, entries: Map<string, { size: number; mtimeMs: number; value: T }>) {
    this.path = path;
    this.entries = entries;
  }

  /** Loads the cache file at `path`, or starts empty. */
  static load<T>(path: string): StatCache<T> {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { size: number; mtimeMs: number; value: T }>;
      return new StatCache(path, new Map(Object.entries(data)));
    } catch {
      return new StatCache(path, new Map());
    }
  }

  /** The value remembered for a file, if its stamp still matches. */
  get(key: string, stamp: FileStamp): T | undefined {
    const entry = this.entries.get(key);
    return entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry.value : undefined;
  }

  set(key: string, stamp: FileStamp, value: T): void {
    this.entries.set(key, { size: stamp.size, mtimeMs: stamp.mtimeMs, value });
    this.changed = true;
  }

  /** Keeps only the keys in `keep` (files that still exist). */
  retain(keep: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) {
      if (!keep.has(key)) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
  }

  /** Writes the cache (atomically) if anything changed. */
  save(): void {
    if (!this.changed) return;
    writeFileAtomic(this.path, JSON.stringify(Object.fromEntries(this.entries)));
    this.changed = false;
  }
}
