import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { plainArticle, projectRoot, runIngest, tempDir, writeFiles } from './run-ingest.ts';

const listMarkdown = (folder: string): string[] =>
  existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).sort() : [];

const snapshot = (folder: string) => Object.fromEntries(listMarkdown(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8')]));

describe('npm run ingest', () => {
  it('ingests a folder recursively, then changes nothing on a second run', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { 'a.txt': plainArticle(1), 'world/b.txt': plainArticle(2), 'notes.md': 'not an article' });
    const first = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2 accepted, 0 skipped, 0 rejected/);
    const before = snapshot(out);
    expect(Object.keys(before)).toHaveLength(2);
    expect(before['2025/11/12/council-report-number-2-is-published.md']).toMatch(/tags:\n {2}- "world"/);

    const second = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 accepted, 2 skipped, 0 rejected/);
    expect(snapshot(out)).toEqual(before);
  });

  it('rejects bad files with one line naming each, finishes the batch and exits 1', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { 'good.txt': plainArticle(1), 'empty.txt': '', 'blank.txt': '  \n\n', 'binary.txt': new Uint8Array([0, 1, 2, 3, 255, 0]), 'only-headline.txt': 'Headline only\n' });
    mkdirSync(join(input, 'folder.txt'));
    symlinkSync(join(input, 'missing-target.txt'), join(input, 'broken-link.txt'));
    const result = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(result.code).toBe(1);
    expect(listMarkdown(out)).toHaveLength(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('rejected'))).toHaveLength(5);
    expect(result.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(result.stderr).toMatch(/blank\.txt: the file holds only white space/);
    expect(result.stderr).toMatch(/binary\.txt: the file is binary/);
    expect(result.stderr).toMatch(/only-headline\.txt: the article has a headline but no body text/);
    expect(result.stderr).toMatch(/broken-link\.txt: a broken symbolic link/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('remembers why an unchanged file was rejected, and parses it again once it changes or with --force', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { 'good.txt': plainArticle(1), 'only-headline.txt': 'Headline only\n' });
    const first = runIngest(['--json', '--out', out, '--date', '2025-11-12', input]);
    const rejectedIn = (stdout: string) => (JSON.parse(stdout) as { files: { file: string; status: string; reason?: string; hint?: string }[] }).files.find((file) => file.file.endsWith('only-headline.txt'));
    const reason = rejectedIn(first.stdout);
    expect(reason).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/headline but no body/) });
    const cache = readFileSync(join(out, '.newsbrief-cache.json'), 'utf8');
    expect(cache).toContain(reason?.reason);

    // The same report (and exit code) from the cache.
    const second = runIngest(['--json', '--out', out, '--date', '2025-11-12', input]);
    expect(second.code).toBe(1);
    expect(rejectedIn(second.stdout)).toEqual(reason);
    expect(runIngest(['--json', '--force', '--out', out, '--date', '2025-11-12', input]).code).toBe(1);

    // Fixed by the newsroom: it is read again and accepted.
    writeFiles(input, { 'only-headline.txt': `${plainArticle(3)}\n` });
    const third = runIngest(['--json', '--out', out, '--date', '2025-11-12', input]);
    expect(third.code).toBe(0);
    expect(rejectedIn(third.stdout)?.status).toBe('accepted');
    expect(listMarkdown(out)).toHaveLength(2);
  });

  it('says what it read from each file, and warns of a guessed date and a chrome headline', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, {
      'dated.txt': `Ferry returns to the harbour\n\nBy Ellen Marsh\nPublished 12 March 2026\n\n${plainArticle(1).split('\n\n').slice(1).join('\n\n')}`,
      'undated.txt': plainArticle(2),
      'chrome.txt': `Skip to content\n\n${plainArticle(3).split('\n\n').slice(1).join('\n\n')}`,
    });
    const result = runIngest(['--json', '--out', out, input]);
    const report = JSON.parse(result.stdout) as { files: { file: string; read?: Record<string, string>; warnings?: string[] }[] };
    const entry = (name: string) => report.files.find((file) => file.file.endsWith(name))!;
    expect(entry('dated.txt').read).toEqual({ headline: 'Ferry returns to the harbour', date: '2026-03-12', dateSource: 'published', byline: 'Ellen Marsh', language: 'en', encoding: 'utf-8' });
    expect(entry('dated.txt').warnings).toBeUndefined();
    expect(entry('undated.txt').warnings).toEqual([expect.stringMatching(/dated the day of the ingest/)]);
    expect(entry('chrome.txt').warnings).toContainEqual(expect.stringMatching(/headline looks like page chrome.*Skip to content/));
    const text = runIngest(['--dry-run', '--out', tempDir(), input]);
    expect(text.stdout).toMatch(/"Ferry returns to the harbour" · 2026-03-12 \(published\) · Ellen Marsh · en · utf-8/);
    expect(text.stderr).toMatch(/warning: no date in the text/);
  });

  it('exits 2 on a usage error', () => {
    expect(runIngest([]).code).toBe(2);
    expect(runIngest(['--date', '2025-02-30', 'x']).code).toBe(2);
    expect(runIngest(['--bogus', 'x']).code).toBe(2);
    const missing = runIngest(['no-such-folder-here']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ingest: no-such-folder-here: no such file or folder\./);
  });

  it('writes nothing with --dry-run and reports JSON with --json', () => {
    const input = tempDir();
    const out = join(tempDir(), 'articles');
    writeFiles(input, { 'a.txt': plainArticle(1) });
    const result = runIngest(['--out', out, '--dry-run', '--json', input]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.counts).toEqual({ accepted: 1, updated: 0, skipped: 0, rejected: 0 });
    expect(report.files[0]).toMatchObject({ status: 'accepted', output: expect.stringMatching(/\.md$/) });
    expect(existsSync(out)).toBe(false);
  });

  it('prints only JSON with --json when started as npx newsbrief ingest', () => {
    const input = tempDir();
    writeFiles(input, { 'a.txt': plainArticle(1) });
    const result = spawnSync('npx', ['newsbrief', 'ingest', '--dry-run', '--json', input], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).counts).toEqual({ accepted: 1, updated: 0, skipped: 0, rejected: 0 });
    expect(spawnSync('npx', ['newsbrief', 'publish'], { cwd: projectRoot, encoding: 'utf8' }).status).toBe(2);
  });

  it('in a batch of over 100 files, names every file but the accepted and the unchanged', () => {
    const input = tempDir();
    const out = tempDir();
    const files = Object.fromEntries(Array.from({ length: 105 }, (_, n) => [`desk/${String(n).padStart(3, '0')}.txt`, plainArticle(n)]));
    writeFiles(input, { ...files, 'copies/000.txt': files['desk/000.txt']!, 'empty.txt': '' });
    const first = runIngest(['--out', out, '--date', '2025-11-12', input]);
    // Files are taken in path order: the copy comes first.
    expect(first.stdout).toMatch(/^skipped +\S+desk\/000\.txt: byte-identical to \S+copies\/000\.txt$/m);
    expect(first.stderr).toMatch(/^rejected +\S+empty\.txt/m);
    expect(first.stdout).not.toMatch(/^accepted/m);
    writeFiles(input, { 'desk/004.txt': plainArticle(4).replace('on Monday', 'on Tuesday') });
    const second = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(second.stdout).toMatch(/^updated +\S+desk\/004\.txt → 2025\/11\/12\//m);
    expect(second.stdout).not.toMatch(/^skipped +\S+desk\/005\.txt/m);
    expect(second.stdout).toMatch(/0 accepted, 1 updated, 105 skipped, 1 rejected/);
  });

  it('keeps byte-identical files as one article and same-headline articles as two', () => {
    const input = tempDir();
    const out = tempDir();
    const headline = 'Storm closes the coast road';
    writeFiles(input, { 'a.txt': plainArticle(1, headline), 'copy-of-a.txt': plainArticle(1, headline), 'b.txt': plainArticle(2, headline) });
    const result = runIngest(['--out', out, '--date', '2025-11-12', '--json', input]);
    const report = JSON.parse(result.stdout);
    expect(report.counts).toEqual({ accepted: 2, updated: 0, skipped: 1, rejected: 0 });
    expect(report.files.find((file: { file: string }) => file.file.endsWith('copy-of-a.txt')).reason).toMatch(/byte-identical to .*a\.txt/);
    const files = listMarkdown(out);
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.includes('storm-closes-the-coast-road'))).toBe(true);
  });

  it('updates a corrected file in place, at the same path even with a new headline, and says so', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { 'mali.txt': plainArticle(1, 'Mali rejects claims capital is under threat'), 'other.txt': plainArticle(2) });
    runIngest(['--out', out, '--date', '2025-11-12', input]);
    const before = listMarkdown(out);
    const path = before.find((file) => file.includes('mali'))!;
    writeFiles(input, { 'mali.txt': plainArticle(1, 'Mali rejects claims its capital is under threat').replace('on Monday', 'on Tuesday') });

    const corrected = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(corrected.code).toBe(0);
    expect(corrected.stdout).toMatch(/^updated +.*mali\.txt → 2025\/11\/12\/mali-rejects-claims-capital-is-under-threat\.md$/m);
    expect(corrected.stdout).toMatch(/0 accepted, 1 updated, 1 skipped, 0 rejected/);
    expect(listMarkdown(out)).toEqual(before);
    const markdown = readFileSync(join(out, path), 'utf8');
    expect(markdown).toContain('title: "Mali rejects claims its capital is under threat"');
    expect(markdown).toContain('on Tuesday');
    expect(markdown).toMatch(/^updated: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"$/m);

    // A second run with the same bytes changes nothing; a hand edit stops the next correction.
    expect(runIngest(['--out', out, '--date', '2025-11-12', input]).stdout).toMatch(/0 accepted, 2 skipped/);
    writeFileSync(join(out, path), markdown.replace('on Tuesday', 'on Tuesday (edited)'));
    writeFiles(input, { 'mali.txt': plainArticle(1, 'Mali rejects claims its capital is under threat').replace('on Monday', 'on Wednesday') });
    const kept = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(kept.stdout).toMatch(/edited by hand.*--force/);
    expect(readFileSync(join(out, path), 'utf8')).toContain('(edited)');
  });

  it('takes another story under a file name used before for a new article, not a correction', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { '01.txt': plainArticle(1) });
    runIngest(['--out', out, '--date', '2025-11-12', input]);
    writeFiles(input, { '01.txt': 'Harbour festival draws record crowds\n\nThousands of visitors filled the quayside for the summer festival, watching boats and buying fish straight from the harbour.\n' });
    const next = runIngest(['--out', out, '--date', '2025-11-13', input]);
    expect(next.stdout).toMatch(/1 accepted, 0 skipped/);
    expect(listMarkdown(out)).toHaveLength(2);
  });

  it('never overwrites Markdown edited by hand without --force, and says so', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { 'a.txt': plainArticle(1) });
    runIngest(['--out', out, '--date', '2025-11-12', input]);
    const [file] = listMarkdown(out);
    const path = join(out, file!);
    const edited = readFileSync(path, 'utf8').replace('on Monday', 'on Tuesday (corrected)');
    writeFileSync(path, edited);

    const kept = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/edited by hand.*--force/);
    expect(readFileSync(path, 'utf8')).toBe(edited);

    const forced = runIngest(['--out', out, '--date', '2025-11-12', '--force', input]);
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toContain('(corrected)');
  });

  it('leaves no temporary files and removes those a killed run left', () => {
    const input = tempDir();
    const out = tempDir();
    writeFiles(input, { 'a.txt': plainArticle(1) });
    writeFiles(out, { '2025/11/12/.half-written.md.123.ab.newsbrief-tmp': 'partial' });
    const result = runIngest(['--out', out, '--date', '2025-11-12', input]);
    expect(result.stdout).toMatch(/removed .*half-written.*interrupted run/);
    const all = readdirSync(out, { recursive: true, encoding: 'utf8' });
    expect(all.filter((file) => file.includes('newsbrief-tmp') || file.includes('.lock'))).toEqual([]);
    rmSync(input, { recursive: true });
  });
});
