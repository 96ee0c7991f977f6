// A newsroom's day on a small generated site: after each step the
// incremental build (the same dist/ and cache as the step before) must equal
// a clean build of the same content byte for byte, must have reused what it
// could, and its search must find what was added or corrected and not what
// was deleted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/ingest/ingest-batch.ts';
import { generateArticles } from '../../scripts/bench/generate-articles.ts';
import { readBuildSummary } from '../../src/lib/site/build-changes.ts';
import { searchBuiltSite } from './search-built-site.ts';

const projectRoot = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'newsbrief-incremental-'));
const inbox = join(work, 'inbox');
const content = join(work, 'articles');
const incremental = { dist: join(work, 'dist'), cache: join(work, 'cache') };
// Generated articles are dated in January 2024; the undated ones, and those
// added below, get the ingest's day in February, the newest month.
const TODAY = '2024-02-05';
// Small enough that January is a shard, and February (the newest month) is cut into small ones.
const SHARD_WORDS = 40_000;
let siteUrl = 'https://news.test';
// What a shell sets `_` to: the command that started the build.
let startedBy = '/usr/bin/npm';

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function ingest(now: string): Promise<void> {
  await ingestBatch({ inputs: [inbox], outDir: content, timeZone: 'UTC', fallbackDate: TODAY, today: TODAY, now });
}

/** `astro build` into `dist` with its cache in `cache`; what it printed. */
function build({ dist, cache }: { dist: string; cache: string }, ...flags: string[]): string {
  return execFileSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist, ...flags], {
    cwd: projectRoot,
    env: { ...process.env, NEWSBRIEF_CONTENT_DIR: content, NEWSBRIEF_CACHE_DIR: cache, SITE_URL: siteUrl, BASE_PATH: '/', NEWSBRIEF_SEARCH_SHARD_WORDS: String(SHARD_WORDS), _: startedBy },
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

let cleanBuilds = 0;
/** A build with a new cache into a new folder. */
function cleanBuild(): string {
  cleanBuilds++;
  const clean = { dist: join(work, `clean-${cleanBuilds}`), cache: join(work, `clean-cache-${cleanBuilds}`) };
  build(clean);
  rmSync(clean.cache, { recursive: true, force: true });
  return clean.dist;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

/** Files only in one of two folders, or in both with other bytes: what `diff -r` would list. */
function differences(a: string, b: string): string[] {
  const inA = filesUnder(a);
  const inB = new Set(filesUnder(b));
  const found = [...inB].filter((file) => !inA.includes(file)).map((file) => `only in the clean build: ${file}`);
  for (const file of inA) {
    if (!inB.has(file)) found.push(`only in the incremental build: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) found.push(`differs: ${file}`);
  }
  return found;
}

/** The build's own account of what it did (src/lib/site/build-changes.ts). */
function summaryOf(output: string): NonNullable<ReturnType<typeof readBuildSummary>> {
  const summary = readBuildSummary(output);
  if (!summary) throw new Error(`no build summary in:\n${output.slice(-2000)}`);
  return summary;
}

const story = (headline: string, ...paragraphs: string[]) => `${headline}\n\n${paragraphs.join('\n\n')}\n`;

describe('incremental builds', { timeout: 600_000 }, () => {
  it('equal a clean build after each step of a newsroom day, reusing what did not change', async () => {
    generateArticles(inbox, 40, 7);
    await ingest(`${TODAY}T08:00:00Z`);
    const first = summaryOf(build(incremental));
    expect(first.reused).toBe(0);
    expect(first.shards).toBeGreaterThan(2);
    expect(differences(incremental.dist, cleanBuild())).toEqual([]);

    // Publish one article.
    mkdirSync(join(inbox, 'desk'));
    const quay = join(inbox, 'desk', 'quay.txt');
    writeFileSync(quay, story('Quillmoor quay reopens after storm repairs', 'The Quillmoor quay reopened on Monday after three weeks of repairs to its sea wall, the harbour office said.', 'Fishing boats had moored at Marrowgate while the work went on.'));
    await ingest(`${TODAY}T09:00:00Z`);
    let step = summaryOf(build(incremental));
    expect(step.reused).toBeGreaterThan(step.pages / 2);
    // The shard it lands in, or the two it splits that one into.
    expect(step.indexed).toBeGreaterThanOrEqual(1);
    expect(step.indexed).toBeLessThanOrEqual(2);
    expect(differences(incremental.dist, cleanBuild())).toEqual([]);
    const quayPage = await searchBuiltSite(incremental.dist, 'Quillmoor');
    expect(quayPage).toHaveLength(1);

    // Twenty more to today.
    for (let index = 1; index <= 20; index++) {
      writeFileSync(join(inbox, 'desk', `brief-${index}.txt`), story(`Brackenwold market report number ${index} of the day`, `Traders at the Brackenwold market reported steady prices for the ${index}th time this season, the market office said.`));
    }
    await ingest(`${TODAY}T10:00:00Z`);
    step = summaryOf(build(incremental));
    expect(step.indexed).toBeLessThan(step.shards);
    expect(differences(incremental.dist, cleanBuild())).toEqual([]);
    expect(await searchBuiltSite(incremental.dist, 'Brackenwold')).toHaveLength(20);

    // Correct one: a new headline and body, at the same URL.
    writeFileSync(quay, story('Quillmoor quay reopens after sea wall repairs', 'The Quillmoor quay reopened on Tuesday after three weeks of repairs to its sea wall and slipway, the harbour office said.', 'Fishing boats had moored at Eastwick while the work went on.'));
    await ingest(`${TODAY}T11:00:00Z`);
    step = summaryOf(build(incremental));
    expect(step.indexed).toBeGreaterThanOrEqual(1);
    expect(step.indexed).toBeLessThanOrEqual(2);
    expect(step.reused).toBeGreaterThan(step.pages / 2);
    expect(differences(incremental.dist, cleanBuild())).toEqual([]);
    expect(await searchBuiltSite(incremental.dist, 'slipway')).toEqual(quayPage);
    expect(await searchBuiltSite(incremental.dist, 'Marrowgate')).toEqual([]);

    // Delete one: its page, its search record and its list entries go.
    const briefs = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((file) => file.includes('brackenwold-market-report-number-7-'));
    expect(briefs).toHaveLength(1);
    rmSync(join(content, briefs[0]!));
    step = summaryOf(build(incremental));
    expect(step.removed).toBeGreaterThan(0);
    expect(differences(incremental.dist, cleanBuild())).toEqual([]);
    const found = await searchBuiltSite(incremental.dist, 'Brackenwold');
    expect(found).toHaveLength(19);
    expect(found.some((path) => path.includes('number-7-'))).toBe(false);

    // Change a site setting every page shows.
    siteUrl = 'https://brief.example';
    step = summaryOf(build(incremental));
    expect(step.reused).toBe(0);
    expect(differences(incremental.dist, cleanBuild())).toEqual([]);

    // Build again with nothing changed, started by another command: every
    // keyed page and every shard is reused.
    startedBy = '/usr/bin/time';
    step = summaryOf(build(incremental));
    expect(step.reused).toBeGreaterThan(step.pages * 0.8);
    expect(step.indexed).toBe(0);
    expect(differences(incremental.dist, cleanBuild())).toEqual([]);

    // --force reuses nothing and makes the same bytes.
    step = summaryOf(build(incremental, '--force'));
    expect(step.reused).toBe(0);
    expect(step.indexed).toBe(step.shards);
    expect(differences(incremental.dist, cleanBuild())).toEqual([]);
  });
});
