// When each article last changed (its `updated`, else its `date`), by
// collection id, as the content loader last saw the collection. The loader
// has every entry's front matter at hand, so it writes them down for the
// sitemap's `lastmod`, which is written after the pages, outside the
// collection: no second walk of the content folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = 'newsbrief-last-changes.json';

const fileIn = (cacheDir: URL) => fileURLToPath(new URL(FILE, cacheDir));

export function writeLastChanges(cacheDir: URL, changes: ReadonlyMap<string, string>): void {
  mkdirSync(fileURLToPath(cacheDir), { recursive: true });
  writeFileSync(fileIn(cacheDir), JSON.stringify(Object.fromEntries(changes)));
}

/** The last changes the loader wrote down; none when it has not run. */
export function readLastChanges(cacheDir: URL): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(fileIn(cacheDir), 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}
