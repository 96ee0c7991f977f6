import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Suffix of temporary files; a later run removes any a killed run left. */
export const TEMP_SUFFIX = '.newsbrief-tmp';

// Temporary names: unique to this process, then numbered (cheaper than
// random bytes for every file). The random part keeps a later process that
// reuses the pid clear of a killed run's leftovers.
const tempPrefix = `${process.pid}.${randomBytes(4).toString('hex')}`;
let tempCount = 0;

// Folders made already, so a batch does not ask the file system again for every file.
const madeFolders = new Set<string>();

/**
 * Writes a file so that readers see either the old bytes or the new ones,
 * never a part: write a temporary file beside it, then rename over it.
 * Synchronous on purpose: the ingest's main thread only does file work
 * (workers parse), and a plain system call costs far less CPU than a
 * promise round trip through libuv's thread pool, once per file.
 */
export function writeFileAtomic(path: string, data: string): void {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  const temp = join(folder, `.${basename(path)}.${tempPrefix}.${tempCount++}${TEMP_SUFFIX}`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
