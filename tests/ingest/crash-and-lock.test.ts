// Crash safety and the ingest lock: a SIGKILL mid-batch loses nothing and
// leaves no partial file, and two ingests never write the same folder at once.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { plainArticle, runIngest, startIngest, tempDir, writeFiles } from './run-ingest.ts';

const FILES = 300;
const allFiles = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' });
const markdownFiles = (folder: string) => allFiles(folder).filter((file) => file.endsWith('.md'));

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

describe('crash safety', () => {
  it('after a SIGKILL mid-batch, a second run leaves every article exactly once and no temporary file', async () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, Object.fromEntries(Array.from({ length: FILES }, (_, n) => [`batch/${String(n).padStart(4, '0')}.txt`, plainArticle(n)])));
    const child = startIngest(['--out', out, '--date', '2025-11-12', input]);
    await waitFor(() => markdownFiles(out).length >= 20, 60_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const written = markdownFiles(out).length;
    expect(written).toBeLessThan(FILES);
    // Whatever was written is whole: every file parses to its end.
    for (const file of markdownFiles(out)) expect(readFileSync(join(out, file), 'utf8')).toMatch(/\n---\n\nThe council published report \d+[\s\S]*next meeting\.\n$/);

    const rerun = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(rerun.code).toBe(0);
    const files = markdownFiles(out);
    expect(files).toHaveLength(FILES);
    const sources = files.map((file) => /sha256: "([0-9a-f]{64})"/.exec(readFileSync(join(out, file), 'utf8'))?.[1]);
    expect(new Set(sources).size).toBe(FILES);
    expect(allFiles(out).filter((file) => file.includes('newsbrief-tmp') || file.endsWith('.lock'))).toEqual([]);
  }, 240_000);
});

describe('the ingest lock', () => {
  it('waits a few seconds for a lock whose process is ending, then takes it', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { 'a.txt': plainArticle(1) });
    const ending = spawn('sleep', ['1'], { stdio: 'ignore' });
    writeFileSync(join(out, '.newsbrief-ingest.lock'), `${ending.pid}\n`);
    const result = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(result.code, result.stderr).toBe(0);
    expect(markdownFiles(out)).toHaveLength(1);
  });

  it('gives up with its message on a lock whose process goes on running', () => {
    const out = tempDir();
    const holder = spawn('sleep', ['30'], { stdio: 'ignore' });
    writeFileSync(join(out, '.newsbrief-ingest.lock'), `${holder.pid}\n`);
    const result = runIngest(['--out', out, '--date', '2025-11-12', tempDir()]);
    holder.kill('SIGKILL');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/another ingest \(process \d+\) is writing to this folder/);
  });

  it('recovers a stale lock left by a process that is gone', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { 'a.txt': plainArticle(1) });
    // PIDs are below 2^22 on Linux, so this one cannot be running.
    writeFileSync(join(out, '.newsbrief-ingest.lock'), '4194999\n');
    const result = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(result.code).toBe(0);
    expect(markdownFiles(out)).toHaveLength(1);
    expect(existsSync(join(out, '.newsbrief-ingest.lock'))).toBe(false);
  });
});
