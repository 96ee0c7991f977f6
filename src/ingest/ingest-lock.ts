import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestLocked, LockUnavailable } from '../lib/errors.ts';

/** Name of the lock file an ingest holds in its output folder. */
export const LOCK_NAME = '.newsbrief-ingest.lock';

/** Another ingest holds the lock. */
export class IngestLockedError extends Error {
  readonly pid: number;
  readonly lockPath: string;
  constructor(pid: number, lockPath: string) {
    super(IngestLocked.message(pid, lockPath));
    this.name = 'IngestLockedError';
    this.pid = pid;
    this.lockPath = lockPath;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the output folder's lock, so that two ingests never write at once.
 * A lock left by a process that no longer runs (a killed ingest) is taken over.
 * Returns the function that releases it.
 */
export async function acquireIngestLock(outDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const lockPath = join(outDir, LOCK_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) throw new IngestLockedError(pid, lockPath);
      // Stale: its process is gone. Remove it and try again; `wx` keeps two
      // runs that both saw it stale from both taking it.
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(LockUnavailable.message(lockPath));
}
