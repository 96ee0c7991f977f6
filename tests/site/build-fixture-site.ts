import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
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
  execFileSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: projectRoot,
    env: { ...process.env, NEWSBRIEF_CONTENT_DIR: content, NEWSBRIEF_CACHE_DIR: join(work, 'cache'), SITE_URL: TEST_SITE_URL, BASE_PATH: basePath, ...(searchShardWords ? { NEWSBRIEF_SEARCH_SHARD_WORDS: String(searchShardWords) } : {}) },
    stdio: 'pipe',
  });
  return { dist, content };
}
