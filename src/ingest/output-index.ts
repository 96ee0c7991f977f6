import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isUnedited, sourceFileOf, sourceHashOf } from '../lib/article/checksum.ts';
import { filesUnder } from '../files/files-under.ts';
import { TEMP_SUFFIX } from './atomic-write.ts';
import type { StatCache } from './stat-cache.ts';

/** What the ingest remembers of one Markdown file it found in the output folder. */
export interface OutputFacts {
  source?: string;
  /** The input file it was made from, relative to the folder given to the ingest: the article's identity. */
  file?: string;
  edited: boolean;
}

/** What is already in the output folder. */
export interface OutputIndex {
  /** Source hash → path of the article made from it (relative, `/`-separated). */
  bySource: Map<string, string>;
  /** Input file (relative to the folder given) → path of the article made from its last version. */
  byFile: Map<string, string>;
  /** Every article path taken. */
  taken: Set<string>;
  /** Paths whose Markdown was edited by hand since the ingest wrote it. */
  edited: Set<string>;
  /** Temporary files a killed run left, now removed. */
  removedTemps: string[];
}

/** The ingest cache's key for an output file, by its path relative to the output folder. */
export const outputKey = (relativePath: string) => `out:${relativePath}`;

/**
 * Reads the output folder once at the start of a run: which sources were
 * ingested already and which paths are taken. Removes temporary files left
 * by a run that was killed (the caller holds the lock, so none is in use).
 */
export function readOutputIndex(outDir: string, { removeTemps = true, cache }: { removeTemps?: boolean; cache?: StatCache<OutputFacts> } = {}): OutputIndex {
  const files = filesUnder(outDir);
  const index: OutputIndex = { bySource: new Map(), byFile: new Map(), taken: new Set(), edited: new Set(), removedTemps: [] };
  // Synchronous: one stat per file, and a read only when the cache has no answer.
  for (const path of files.sort()) {
    const rel = relative(outDir, path).split(sep).join('/');
    if (path.endsWith(TEMP_SUFFIX)) {
      if (removeTemps) rmSync(path, { force: true });
      index.removedTemps.push(rel);
      continue;
    }
    if (!path.endsWith('.md')) continue;
    index.taken.add(rel);
    const stamp = statSync(path);
    const key = outputKey(rel);
    let facts = cache?.get(key, stamp);
    // A cache written before files were known by their source file has no `file`: read again.
    if (!facts || (facts.source && !('file' in facts))) {
      const file = readFileSync(path, 'utf8');
      facts = { source: sourceHashOf(file), file: sourceFileOf(file), edited: !isUnedited(file) };
      cache?.set(key, stamp, facts);
    }
    if (facts.edited) index.edited.add(rel);
    if (facts.source) {
      // Two files from one source can only come from copying by hand; keep the first by path.
      const known = index.bySource.get(facts.source);
      if (!known || rel < known) index.bySource.set(facts.source, rel);
    }
    if (facts.file) {
      const known = index.byFile.get(facts.file);
      if (!known || rel < known) index.byFile.set(facts.file, rel);
    }
  }
  return index;
}
