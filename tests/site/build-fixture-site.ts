import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestBatch } from '../../src/ingest/ingest-batch.ts';

const projectRoot = new URL('../..', import.meta.url).pathname;
/** The origin the test builds use. */
export const TEST_SITE_URL = 'https://news.test';

/** Every fixture input, so the test site holds every variant (rejections are skipped by the ingest). */
export function fixtureInputs(): string[] {
  const folder = join(projectRoot, 'tests/fixtures');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name, 'input.txt'));
}

/**
 * Ingests the fixtures into a temporary collection and builds the site from
 * it; `searchShardWords` overrides the site's search shard size.
 */
export async function buildFixtureSite({ basePath, searchShardWords }: { basePath: string; searchShardWords?: number }): Promise<{ dist: string; content: string }> {
  const work = mkdtempSync(join(tmpdir(), 'newsbrief-site-'));
  const content = join(work, 'articles');
  const dist = join(work, 'dist');
  await ingestBatch({ inputs: [...fixtureInputs(), join(projectRoot, 'content/inbox')], outDir: content, timeZone: 'UTC', fallbackDate: '2025-11-10', today: '2025-11-10' });
  // A correction: the same file ingested again with one word changed updates its article.
  const corrections = join(work, 'corrections');
  // Dated after every fixture, so that it is among the newest items of the feeds.
  const story = 'Ferry timetable changes for the winter\n\nPublished 1 October 2026\n\nThe island ferry will sail twice a day from Monday, the operator said, instead of three times.\n\nThe operator said the change would save fuel over the winter months.\n';
  mkdirSync(corrections);
  writeFileSync(join(corrections, 'ferry.txt'), story);
  await ingestBatch({ inputs: [corrections], outDir: content, timeZone: 'UTC', fallbackDate: '2025-11-10', today: '2025-11-10' });
  writeFileSync(join(corrections, 'ferry.txt'), story.replace('from Monday', 'from Tuesday'));
  await ingestBatch({ inputs: [corrections], outDir: content, timeZone: 'UTC', fallbackDate: '2025-11-10', today: '2025-11-11', now: '2025-11-11T09:30:00Z' });
  execFileSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: projectRoot,
    env: { ...process.env, NEWSBRIEF_CONTENT_DIR: content, NEWSBRIEF_CACHE_DIR: join(work, 'cache'), SITE_URL: TEST_SITE_URL, BASE_PATH: basePath, ...(searchShardWords ? { NEWSBRIEF_SEARCH_SHARD_WORDS: String(searchShardWords) } : {}) },
    stdio: 'pipe',
  });
  return { dist, content };
}
