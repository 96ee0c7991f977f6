import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page of a built site, by path relative to dist. */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
}

/** A page parsed with cheerio. */
export function loadPage(dist: string, file: string): CheerioAPI {
  return load(readFileSync(join(dist, file), 'utf8'));
}

/** Article pages: those with a NewsArticle. */
export function articlePages(dist: string): string[] {
  return htmlPages(dist).filter((file) => /^\d{4}\/\d{2}\/\d{2}\//.test(file));
}

/** The file a site path (already stripped of the base path) is served from, if any. */
export function fileForPath(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!).replace(/^\//, '');
  const candidate = join(dist, clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Text with runs of white space made single spaces. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The folders of the search index's shards, oldest first, as `pagefind/shards.json` lists them (relative to `pagefind/`). */
export function searchShardFolders(dist: string): string[] {
  return (JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as { shards: string[] }).shards;
}
