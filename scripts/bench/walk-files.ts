import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file found under a folder. */
export interface FoundFile {
  /** Path relative to the folder walked, with `/` separators. */
  path: string;
  bytes: number;
}

/** Every file under `dir`, recursively, in a stable (sorted) order; none when `dir` does not exist. */
export function walkFiles(dir: string): FoundFile[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const files: FoundFile[] = [];
  for (const entry of entries.sort()) {
    const stats = statSync(join(dir, entry), { throwIfNoEntry: false });
    if (stats?.isFile()) files.push({ path: entry.split('\\').join('/'), bytes: stats.size });
  }
  return files;
}
