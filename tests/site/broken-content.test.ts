// A Markdown file broken by hand fails the build with the file, the field and a
// hint; a missing content folder fails it with what to do; an empty one builds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = new URL('../..', import.meta.url).pathname;
const sha = 'a'.repeat(64);
const valid = (fields: string) => `---\n${fields}dateSource: "caption"\nsummary: "A summary."\nsource:\n  file: "a.txt"\n  sha256: "${sha}"\n---\n\nBody text.\n`;

function buildWith(markdown: string | undefined, { empty = false, work = mkdtempSync(join(tmpdir(), 'newsbrief-broken-')) } = {}) {
  if (empty) mkdirSync(join(work, 'articles'));
  if (markdown !== undefined) {
    mkdirSync(join(work, 'articles/2025/11/12'), { recursive: true });
    writeFileSync(join(work, 'articles/2025/11/12/broken.md'), markdown);
  }
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NEWSBRIEF_CONTENT_DIR: join(work, 'articles'), NEWSBRIEF_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Colours off, and any escape codes that slip through removed, so the words can be matched.
  return { code: result.status, output: (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, ''), dist: join(work, 'dist'), cache: join(work, 'cache'), work };
}

describe('a broken Markdown file', () => {
  it.each([
    ['an impossible date', valid('title: "Headline"\ndate: "2025-02-30"\n'), /date: is not a real calendar date/],
    ['a missing title', valid('date: "2025-11-12"\n'), /title: is missing: every article needs a headline/],
    ['bad YAML', '---\ntitle: "unclosed\ndate: [\n---\n\nBody.\n', /YAML|yaml|frontmatter/],
  ])('fails the build on %s, naming the file', (_, markdown, message) => {
    const { code, output } = buildWith(markdown);
    expect(code).not.toBe(0);
    expect(output).toMatch(/broken/);
    expect(output).toMatch(message);
  });
});

describe('a missing content folder', () => {
  it('fails the build with one line saying what to do, and no stack trace', () => {
    const { code, output } = buildWith(undefined);
    expect(code).toBe(1);
    expect(output).toMatch(/The content folder .*articles does not exist\. Run "npm run ingest/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});

describe('an empty content folder', () => {
  it('builds a site that says there is nothing yet: no search shards, feeds without items or a build date', () => {
    const { code, output, dist } = buildWith(undefined, { empty: true });
    expect(code, output).toBe(0);
    expect(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'))).toEqual({ shards: [] });
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).not.toContain('<item>');
    expect(rss).not.toContain('<lastBuildDate>');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });
});

describe('a date corrected by hand', () => {
  it('builds, lists the article on its new day and says why its URL keeps the old one', () => {
    const { code, output, dist } = buildWith(valid('title: "Headline"\ndate: "2025-11-14"\n'));
    expect(code, output).toBe(0);
    expect(output).toMatch(/broken\.md: its date is now 2025-11-14, but its URL \(2025\/11\/12\/broken\/\) keeps the day of its folder/);
    expect(existsSync(join(dist, '2025/11/12/broken/index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'briefs/2025-11-14/index.html'), 'utf8')).toContain('/2025/11/12/broken/');
  });
});

describe('a cache that lost the front matter the loader kept', () => {
  it('builds the same pages again, reading the files again', () => {
    const markdown = valid('title: "Headline"\ndate: "2025-11-12"\n');
    const first = buildWith(markdown);
    expect(first.code, first.output).toBe(0);
    const page = readFileSync(join(first.dist, '2025/11/12/broken/index.html'), 'utf8');
    rmSync(join(first.cache, 'newsbrief-front-matter.json'));
    const second = buildWith(markdown, { work: first.work });
    expect(second.code, second.output).toBe(0);
    expect(readFileSync(join(second.dist, '2025/11/12/broken/index.html'), 'utf8')).toBe(page);
  });
});
