import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffix of temporary files; a later run removes any a killed run left. */
export const TEMP_SUFFIX = '.newsbrief-tmp';

// Folders made already, so a batch does not ask the file system again for every file.
const madeFolders = new Set<string>();

/**
 * Writes a file so that readers see either the old bytes or the new ones,
 * never a part: write a temporary file beside it, then rename over it.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    madeFolders.add(folder);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
