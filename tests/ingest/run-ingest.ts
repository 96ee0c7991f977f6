import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const projectRoot = new URL('../..', import.meta.url).pathname;
const script = join(projectRoot, 'scripts/ingest.ts');

/** Runs the ingest command as a user would, and returns its exit code and output. */
export function runIngest(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the ingest command in the background. */
export function startIngest(args: string[]) {
  return spawn(process.execPath, [script, ...args], { cwd: projectRoot, stdio: 'ignore' });
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'newsbrief-ingest-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (path → content) under a folder. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** An article in the plain form, different for each `n`. */
export function plainArticle(n: number, headline = `Council report number ${n} is published`): string {
  return `${headline}\n\nThe council published report ${n} on Monday, setting out plans for the year ahead.\n\nOfficials said report ${n} would be discussed at the next meeting.\n`;
}
