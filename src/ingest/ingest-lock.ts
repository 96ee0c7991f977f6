import { readFileSync } from 'node:fs';
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
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process answers until its parent reaps it: on Linux, a zombie ("Z") is gone.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

// How long a lock held by a running process is waited for: one that is
// exiting (right after a SIGKILL) lets go within this; a working ingest does not.
const LOCK_WAIT_MS = 3000;
const LOCK_POLL_MS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the output folder's lock, so that two ingests never write at once.
 * A lock left by a process that no longer runs (a killed ingest) is taken
 * over; one whose process still runs is waited for a few seconds first.
 * Returns the function that releases it.
 */
export async function acquireIngestLock(outDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const lockPath = join(outDir, LOCK_NAME);
  const giveUpAt = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        if (Date.now() >= giveUpAt) throw new IngestLockedError(pid, lockPath);
        await pause(LOCK_POLL_MS);
        attempt--;
        continue;
      }
      // Stale: its process is gone. Remove it and try again; `wx` keeps two
      // runs that both saw it stale from both taking it.
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(LockUnavailable.message(lockPath));
}
